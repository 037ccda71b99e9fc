import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';

/** Debian's Chromium, headless, with everything that would reach the network or the GPU turned off. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

let shots = 0;

/** Numbered so the files sort in the order the run took them. */
export async function screenshot(page: Page, folder: string, name: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  shots += 1;
  const file = `${String(shots).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-')}.png`;
  await page.screenshot({ path: join(folder, file) });
}
