import { describe, expect, it } from 'vitest';
import { type BrowserFacts, detectInApp } from './detect';
import { chromeIntentUrl } from './intent';
import { UA } from './userAgents.fixture';

const facts = (userAgent: string, more: Partial<BrowserFacts> = {}): BrowserFacts => ({
  userAgent,
  standalone: false,
  touchPoints: /Android|iPhone|iPad/.test(userAgent) ? 5 : 0,
  camera: true,
  serviceWorker: true,
  ...more,
});
const appOf = (userAgent: string, more?: Partial<BrowserFacts>) => {
  const found = detectInApp(facts(userAgent, more));
  return found && `${found.app}/${found.platform}`;
};

describe('detectInApp', () => {
  it('names each known in-app browser and its platform', () => {
    expect(appOf(UA.zaloAndroid)).toBe('zalo/android');
    expect(appOf(UA.zaloAndroidWv)).toBe('zalo/android');
    expect(appOf(UA.zaloIos)).toBe('zalo/ios');
    expect(appOf(UA.facebookAndroid)).toBe('facebook/android');
    expect(appOf(UA.facebookIos)).toBe('facebook/ios');
    expect(appOf(UA.messengerAndroid)).toBe('messenger/android');
    expect(appOf(UA.messengerIos)).toBe('messenger/ios');
    expect(appOf(UA.instagramAndroid)).toBe('instagram/android');
    expect(appOf(UA.instagramIos)).toBe('instagram/ios');
    expect(appOf(UA.tiktokAndroid)).toBe('tiktok/android');
    expect(appOf(UA.tiktokIos)).toBe('tiktok/ios');
    expect(appOf(`${UA.safariIphone.replace(' Safari/604.1', '')} Line/13.1.0`)).toBe('line/ios');
  });

  it('calls any other Android WebView an app, without a name', () => {
    expect(appOf(UA.otherWebView)).toBe('other/android');
  });

  it('finds nothing in real browsers', () => {
    for (const ua of [
      UA.chromeAndroid,
      UA.samsungInternet,
      UA.firefoxAndroid,
      UA.safariIphone,
      UA.chromeIphone,
      UA.safariIpadDesktop,
      UA.chromeDesktop,
    ]) {
      expect(appOf(ua)).toBeNull();
    }
  });

  it('finds nothing in the installed app, whatever its user agent says', () => {
    expect(appOf(UA.zaloAndroid, { standalone: true })).toBeNull();
    expect(appOf(UA.otherWebView, { standalone: true })).toBeNull();
  });

  it('tells an iPad asking for desktop sites by its touch screen', () => {
    const zaloIpad = `${UA.safariIpadDesktop.replace(' Version/18.3 Safari/605.1.15', '')} Zalo iOS/598`;
    expect(appOf(zaloIpad, { touchPoints: 5 })).toBe('zalo/ios');
    expect(appOf(zaloIpad, { touchPoints: 0 })).toBe('zalo/other');
  });

  it('says what is known not to work there', () => {
    expect(detectInApp(facts(UA.zaloIos, { camera: false, serviceWorker: false }))).toEqual({
      app: 'zalo',
      platform: 'ios',
      camera: 'missing',
      offline: 'none',
    });
    expect(detectInApp(facts(UA.zaloAndroid))).toEqual({ app: 'zalo', platform: 'android', camera: 'mayBeBlocked', offline: 'mayBeCleared' });
  });
});

describe('chromeIntentUrl', () => {
  it('opens the same address in Chrome, with the page itself as the fallback', () => {
    expect(chromeIntentUrl('https://motcua.example.vn/p/1.001193?x=1#part-fees')).toBe(
      'intent://motcua.example.vn/p/1.001193?x=1#Intent;scheme=https;package=com.android.chrome;' +
        'S.browser_fallback_url=https%3A%2F%2Fmotcua.example.vn%2Fp%2F1.001193%3Fx%3D1;end',
    );
  });

  it('keeps the scheme and the port of a local test server', () => {
    expect(chromeIntentUrl('http://127.0.0.1:4173/drafts?paste=1')).toBe(
      'intent://127.0.0.1:4173/drafts?paste=1#Intent;scheme=http;package=com.android.chrome;S.browser_fallback_url=http%3A%2F%2F127.0.0.1%3A4173%2Fdrafts%3Fpaste%3D1;end',
    );
  });
});
