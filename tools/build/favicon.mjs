// Draws the portal's favicon (apps/portal/public/favicon.ico) from the Nabij mark below: two people
// close together, on the accent colour. Run it after changing the mark (needs Debian's chromium):
//
//   node tools/build/favicon.mjs
//
// The icon holds a 16 and a 32 pixel PNG (every current browser reads PNG inside .ico), about
// 1.5 kB: the icon is among the first files a phone fetches, beside the main bundle.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#9a3e1c"/><circle cx="12" cy="17.5" r="7" fill="#fff"/><circle cx="21.5" cy="13" r="5.5" fill="#f7e6dc" stroke="#9a3e1c" stroke-width="1.5"/></svg>`;
const SIZES = [16, 32];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const pngs = [];
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0">${MARK.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    pngs.push(await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}

// ICO: a 6-byte header, a 16-byte entry per image, then the images.
const header = Buffer.alloc(6);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = header.length + 16 * pngs.length;
const entries = pngs.map((png, i) => {
  const entry = Buffer.alloc(16);
  entry[0] = entry[1] = SIZES[i];
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += png.length;
  return entry;
});
writeFileSync(new URL('../../apps/portal/public/favicon.ico', import.meta.url), Buffer.concat([header, ...entries, ...pngs]));
