import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The built page; the test target builds it first (`nx run workbench:build`). */
export const PAGE_DIR = join(__dirname, '..', '..', 'dist', 'page');

/** Headless Debian Chromium with no network of its own (see the bench report test for the flags). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
  if (!existsSync(join(PAGE_DIR, 'index.html'))) throw new Error(`${PAGE_DIR}/index.html not found: build the page first with \`pnpm exec nx run workbench:build\``);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Saves a screenshot under `$WORKBENCH_SCREENSHOTS` when that is set (to look at the page), else nothing. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.WORKBENCH_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
