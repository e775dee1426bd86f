// Renders images/icon.svg to images/icon.png (the Marketplace needs a PNG icon). Run after editing the SVG.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${readFileSync('images/icon.svg','utf8')}</body></html>`);
await page.screenshot({ path: 'images/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
const p2 = await browser.newPage({ viewport: { width: 160, height: 160 } });
await p2.setContent(`<html><body style="margin:0;background:#fff"><img src="data:image/svg+xml;base64,${readFileSync('images/journey-file.svg').toString('base64')}" width=160 height=160></body></html>`);
await p2.screenshot({ path: process.env.PREVIEW ?? '.test-output/file-icon-preview.png' });
await browser.close();
