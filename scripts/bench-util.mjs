/** What the bench scripts share: medians, and a phone-sized page with the CPU slowed four times. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

export async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}
