import { setFormLimit } from '@paradigm/persistence';
import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { drain } from './support/small-lexicon';
import { openWorkbenchPage } from './support/workbench-page';

// The import page in headless Chromium on embedded PGlite: a dictionary with an entry past the form
// limit is rolled back and the page names the entry; a good one is imported with all its forms.
describe('the import page in Chromium', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('pglite', __filename));
    await setFormLimit(workbench.context.db, 4);
    await drain(workbench.context.db);
  });
  afterAll(() => close?.());

  async function upload(aff: string, dic: string) {
    await page.goto(`${workbench.url}/#/import`);
    await page.locator('#import-aff').setInputFiles({ name: 'words.aff', mimeType: 'text/plain', buffer: Buffer.from(aff) });
    await page.locator('#import-dic').setInputFiles({ name: 'words.dic', mimeType: 'text/plain', buffer: Buffer.from(dic) });
    await page.locator('#import-replace').check();
    await page.getByRole('button', { name: 'Upload and import' }).click();
  }

  it('names the entry that cannot be generated and says the old lexicon is unchanged', async () => {
    await upload('SET UTF-8\nSFX A Y 5\nSFX A 0 a .\nSFX A 0 b .\nSFX A 0 c .\nSFX A 0 d .\nSFX A 0 e .\n', '1\nbig/A\n');
    await page.locator('#import-failures li').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('#import-state [role=alert]').textContent()).toBe(
      `the import rolled back, as lexemes of words.aff + words.dic could not be generated (1 failed): the old lexicon and forms are as they were in ${workbench.context.db.description}. ` +
        'Fix those entries in the dictionary and upload it again.',
    );
    expect(await page.locator('#import-failures li').allTextContents()).toEqual([
      'words.dic:2: lexeme 1 "big", pattern "sfx:A" (id 2): more than 4 forms, the lexicon\'s form limit, so the generation stopped; look for continuations that multiply ' +
        '(each level multiplies the forms by its rule count), or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme',
    ]);
    await screenshot(page, 'import-1-failed');
  });

  it('imports a dictionary whose entries generate, every form at once', async () => {
    await upload('SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n', '2\ndog/S\nhorse/S\n');
    await page.locator('#import-state', { hasText: 'Imported' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#import-state').textContent()).toBe('Imported words.aff + words.dic: 2 patterns, 2 lexemes, 4 forms, every one in place.');
    await screenshot(page, 'import-2-imported');
  });

  it("still says the import ended when the upload's answer comes after the import's last event", async () => {
    // Counts, in the page, the requests it has handled the answer of (the count moves after the page's own
    // handler of the answer has run). Page code as text: this package's tests have no DOM types.
    await page.addInitScript(`
      window.answered = 0;
      window.XMLHttpRequest = class extends window.XMLHttpRequest {
        constructor() {
          super();
          this.addEventListener('loadend', () => setTimeout(() => window.answered++, 0));
        }
      };
    `);
    await page.goto('about:blank');
    await page.route('**/api/import', async (route) => {
      const response = await route.fetch();
      await page.locator('#import-state', { hasText: 'Imported' }).waitFor({ timeout: 60_000 });
      await route.fulfill({ response });
    }, { times: 1 });
    await upload('SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n', '3\ndog/S\nhorse/S\ncow/S\n');
    await page.waitForFunction('window.answered === 1', undefined, { timeout: 60_000 });
    expect(await page.locator('#import-state').textContent()).toBe('Imported words.aff + words.dic: 2 patterns, 3 lexemes, 6 forms, every one in place.');
  });
});
