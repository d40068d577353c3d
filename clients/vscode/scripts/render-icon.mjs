// Renders images/icon.svg to images/icon.png (128 x 128) with Debian's Chromium, the browser the
// end-to-end test drives. Run it after changing the SVG: node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const images = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'images');
const svg = readFileSync(path.join(images, 'icon.svg'), 'utf8');
const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const page = await browser.newPage();
await page.setViewport({ width: 128, height: 128 });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: path.join(images, 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
await browser.close();
