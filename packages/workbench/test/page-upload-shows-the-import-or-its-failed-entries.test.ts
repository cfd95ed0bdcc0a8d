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
});
