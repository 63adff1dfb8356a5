import { launchChromium } from './tests/support/browser.ts';
import { startServer } from './tests/support/server.ts';
const server = await startServer();
const browser = await launchChromium();
const shots: [string, string][] = [['/methodik/', 'methodik'], ['/korrekturen/', 'korrekturen'], ['/aussagen/waffenlieferungen-vorwurf/', 'claim'], ['/artikel/strategische-partnerschaft/', 'artikel']];
for (const [path, name] of shots) {
  for (const [width, height] of [[375, 1400], [1280, 1200]]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(server.url + path);
      if (name === 'claim') { await page.evaluate(() => { document.querySelectorAll('details.geprueft').forEach((d) => ((d as HTMLDetailsElement).open = true)); document.querySelector('#einladung-nordkorea')?.scrollIntoView(); }); }
      await page.screenshot({ path: `/tmp/shot-${name}-${width}-${scheme}.png`, fullPage: false });
      await page.close();
    }
  }
}
await browser.close(); await server.close();
