import type { Dialect } from '@paradigm/persistence';
import type { Page } from 'playwright-core';
import type { Workbench, WorkbenchOptions } from '../../src';
import { launchChromium, PAGE_DIR } from './browser';
import { startTestWorkbench } from './start-test-workbench';

/** A test workbench serving the built page, and a page of headless Chromium to open it in. */
export interface WorkbenchPage {
  readonly workbench: Workbench;
  readonly page: Page;
  /** Closes the browser, then the workbench and its database. */
  close(): Promise<void>;
}

/** {@link startTestWorkbench} with the built page, and a Chromium page of 1200 x 900 pixels. */
export async function openWorkbenchPage(dialect: Dialect, name: string, options: WorkbenchOptions = {}): Promise<WorkbenchPage> {
  const workbench = await startTestWorkbench(dialect, name, { pageDir: PAGE_DIR, ...options });
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      return { workbench, page, close: () => browser.close().finally(() => workbench.close()) };
    } catch (error) {
      await browser.close();
      throw error;
    }
  } catch (error) {
    await workbench.close();
    throw error;
  }
}

/** The text of each cell of each element `selector` matches (the rows of a table), row by row. */
export function tableCells(page: Page, selector: string): Promise<(string | null)[][]> {
  return page.locator(selector).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)));
}
