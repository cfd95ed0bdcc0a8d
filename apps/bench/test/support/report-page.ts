import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { reportCommand } from '../../src/report/report-command';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Headless Debian Chromium with no network of its own (no background, component or sync traffic). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A report open in Chromium, with what the page logged and requested while loading. */
export interface OpenReport {
  readonly page: Page;
  /** Console errors and warnings, and uncaught exceptions. */
  readonly problems: readonly string[];
  /** Every URL the page requested other than its own file. */
  readonly requests: readonly string[];
}

/** Opens `file` and waits for its script to finish drawing (or, with `javaScript: false`, for the load). */
export async function openReport(browser: Browser, file: string, options: { javaScript?: boolean } = {}): Promise<OpenReport> {
  const javaScript = options.javaScript ?? true;
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const own = `file://${file}`;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => { if (r.url() !== own) requests.push(r.url()); });
  await page.goto(own);
  if (javaScript) await page.waitForSelector('body[data-report-ready="true"]', { timeout: 30000 });
  return { page, problems, requests };
}

/** The rows of the first table matched by `selector` (cells' text), header row excluded. */
export function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(selector).first().locator('tbody > tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

/** Runs `bench report --root root` and returns the report file and its HTML. */
export function renderReportUnder(root: string): { file: string; html: string } {
  expect(reportCommand(['--root', root])).toBe(0);
  const file = join(root, 'benchmarks/phase4/report.html');
  return { file, html: readFileSync(file, 'utf8') };
}

/** A new empty folder for a workspace root of fixture artifacts. */
export function fixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'report-'));
  mkdirSync(join(root, 'benchmarks/phase4'), { recursive: true });
  return root;
}
