/**
 * A low-end phone, emulated (issue 7): 4x CPU throttling and, where the network matters, slow 3G applied by the
 * server (Chromium's page emulation does not reach the service worker). Each figure is a median against a budget,
 * marked PASS or FAIL.
 */
import { median, throttledPage, verdict } from './bench-util.mjs';
import { startServer } from './serve.mjs';

const SLOW_3G = { latencyMs: 2000, bytesPerSecond: 50_000 };
const BUDGET = { firstSheetMs: 10_000, offlineSheetMs: 1_500, scannerReadyMs: 3_000, stepChangeMs: 300 };

const line = (label, values, budget) =>
  `  ${label}: median ${Math.round(median(values))} ms over ${values.length} (budget ${budget} ms)  ${verdict(median(values) <= budget)}`;

export async function benchLowEnd({ browser, cameraBrowser, origin, runs }) {
  console.log('Low-end phone (4x CPU throttling):');
  // First visits over slow 3G, to a prerendered sheet and to a screen that is not prerendered (a new dossier), as
  // served over HTTP/1.1 (six connections) and over HTTP/2 (one connection, every request at once).
  const FIRST = [
    ['a sheet', '/p/1.001193', '#part-online'],
    ['a new dossier', '/d/new?p=1.000894', 'form.dossier-step'],
  ];
  for (const http2 of [false, true]) {
    for (const [what, path, shown] of FIRST) {
      const first = [];
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const server = await startServer({ port: 0, throttle: SLOW_3G, http2 });
        const { context, page } = await throttledPage(browser);
        const start = Date.now();
        await page.goto(`${http2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}${path}`, { waitUntil: 'commit' });
        await page.waitForSelector(shown, { timeout: 120_000 });
        first.push(Date.now() - start);
        await context.close();
        server.closeAllConnections();
        server.close();
      }
      console.log(line(`first visit to ${what}, slow 3G, ${http2 ? 'HTTP/2' : 'HTTP/1.1'}`, first, BUDGET.firstSheetMs));
    }
  }

  // A repeat visit with no network at all, from the service worker's store: to the sheet opened before, whose
  // prerendered page it kept (src/offline/pages.ts), and to one never opened, which the shell and the app's code
  // render. Timed in the page, from the navigation's start to the first frame with the dossier components in it.
  const offline = { kept: [], shell: [] };
  const scanner = [];
  const steps = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await throttledPage(browser);
    await context.addInitScript(() => {
      // Looks for ten seconds at most: other screens of this page have no components to wait for.
      const look = () =>
        document.getElementById('part-components')
          ? requestAnimationFrame(() => (window.__shown = performance.now()))
          : performance.now() < 10_000 && requestAnimationFrame(look);
      requestAnimationFrame(look);
    });
    await page.goto(`${origin}/p/1.000894`);
    await page.getByText('Đã sẵn sàng dùng khi không có mạng.').waitFor({ timeout: 60_000 });
    await page.waitForFunction(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('motcua-pages-'));
      return names.length === 1 && (await (await caches.open(names[0])).match('/p/1.000894')) !== undefined;
    });
    await context.setOffline(true);
    for (const [path, which] of [
      ['/p/1.000894', 'kept'],
      ['/p/1.001193', 'shell'],
    ]) {
      await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__shown);
      offline[which].push(await page.evaluate(() => window.__shown));
    }

    // One step to the next of a dossier: from "Tiếp tục" to the next step's first question.
    await page.goto(`${origin}/d/new?p=1.000894`);
    await page.waitForSelector('form.dossier-step [name="wifeFullName"]');
    for (const input of await page.locator('form.dossier-step input[type="text"], form.dossier-step textarea').all()) await input.fill('Kinh');
    await page.locator('[name="wifeFullName"]').fill('Lê Thị Hoa');
    for (const [part, value] of [
      ['day', '21'],
      ['month', '7'],
      ['year', '1998'],
    ])
      await page.locator(`[name="wifeBirthDate-${part}"]`).fill(value);
    const from = page.url();
    steps.push(
      await page.evaluate(
        (url) =>
          new Promise((resolve) => {
            const begin = performance.now();
            document.querySelector('form.dossier-step button[type="submit"]').click();
            const check = () =>
              location.href !== url && document.querySelector('form.dossier-step input')
                ? resolve(performance.now() - begin)
                : requestAnimationFrame(check);
            requestAnimationFrame(check);
          }),
        from,
      ),
    );
    await context.close();
  }
  console.log(line('repeat visit offline to a sheet opened before (its kept page)', offline.kept, BUDGET.offlineSheetMs));
  console.log(line('repeat visit offline to a sheet never opened (shell and app)', offline.shell, BUDGET.offlineSheetMs));
  console.log(line('dossier step change', steps, BUDGET.stepChangeMs));

  for (let i = 0; i < runs; i++) {
    const context = await cameraBrowser.newContext({ viewport: { width: 360, height: 640 }, locale: 'vi-VN' });
    await context.grantPermissions(['camera'], { origin });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const start = Date.now();
    await page.goto(`${origin}/scan`, { waitUntil: 'commit' });
    await page.getByText('Đưa mã QR vào giữa khung hình.').waitFor({ timeout: 30_000 });
    scanner.push(Date.now() - start);
    await context.close();
  }
  console.log(line('scanner ready (open /scan -> camera on)', scanner, BUDGET.scannerReadyMs));
  return { offlineRepeatMs: median(offline.kept) };
}
