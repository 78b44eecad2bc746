// The map with many vessels, in Debian's Chromium: time from login to a drawn picture, then the
// frame times while the map pans (requestAnimationFrame deltas) and the latency of a zoom.
// Usage: node measure.mjs URL TOKEN
import { chromium } from 'playwright-core';

const [url, token] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
// bypassCSP: Playwright's waitForFunction polls with eval, which the pages' Content-Security-Policy
// rightly forbids; the measurement, not the policy, is under test here (the UI tests keep the CSP).
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
const errors = [];
page.on('pageerror', e => errors.push(String(e)));
await page.goto(`${url}/map.html`);
await page.click('#login summary');
await page.fill('#token', token);
const started = Date.now();
await page.click('#use-token');
await page.waitForFunction(() => window.bolwerkMap.ready, null, { timeout: 120_000 });
const load = Date.now() - started;
const vessels = await page.evaluate(() => window.bolwerkMap.vessels);

// Pan continuously for two seconds and record every frame's duration.
const pan = () => page.evaluate(() => new Promise(resolve => {
  const deltas = [];
  let last = performance.now();
  const end = last + 2000;
  const step = now => {
    deltas.push(now - last);
    last = now;
    window.bolwerkMap.panBy(8, 3);
    if (now < end) requestAnimationFrame(step); else resolve(deltas);
  };
  requestAnimationFrame(step);
}));
const overview = await page.evaluate(() => ({ inView: window.bolwerkMap.inView, arrows: window.bolwerkMap.arrows }));
const frames = await pan();
frames.sort((a, b) => a - b);
const p = q => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))];
const zoom = await page.evaluate(() => new Promise(resolve => {
  const t0 = performance.now();
  window.bolwerkMap.zoomIn(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
}));

// Zoomed in on a busy lane (the first vessel's position at zoom 9): vessels as arrowheads when few enough are in view.
await page.evaluate(() => { const v = window.bolwerkMap.firstVessel; window.bolwerkMap.focus(v.latitude, v.longitude, 9); });
const close = (await pan()).sort((a, b) => a - b);
const c = q => close[Math.min(close.length - 1, Math.floor(q * close.length))];
const detail = await page.evaluate(() => ({ inView: window.bolwerkMap.inView, arrows: window.bolwerkMap.arrows }));
console.log(JSON.stringify({ vessels, loadMs: load, overview, frames: frames.length, frameMedianMs: +p(0.5).toFixed(1), frameP95Ms: +p(0.95).toFixed(1), frameMaxMs: +frames[frames.length - 1].toFixed(1), zoomMs: +zoom.toFixed(1),
  zoomedIn: { ...detail, frames: close.length, frameMedianMs: +c(0.5).toFixed(1), frameP95Ms: +c(0.95).toFixed(1) }, errors }));
await browser.close();
