import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { serveParadigm } from './support/paradigm-process';
import { until } from './support/until';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

/** The first of `names` among the server-sent events of `url` after `edit` runs (at most two minutes: a bound on a hang). */
async function firstEventAfter(url: string, names: readonly string[], edit: () => Promise<unknown>): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 120_000);
  try {
    const response = await fetch(`${url}/api/events`, { signal: abort.signal });
    const decoder = new TextDecoder();
    let text = '';
    // Where the text stood when the edit was made: an event before it (the last batch of the work before,
    // published just after the status showed an empty queue) is not the edit's.
    let editedAt: number | undefined;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      // The stream opens with the queue's depth: the edit goes after it, so its events are all seen.
      if (editedAt === undefined && text.includes('event: queue')) {
        editedAt = text.length;
        await edit();
      }
      if (editedAt === undefined) continue;
      const seen = [...text.slice(editedAt).matchAll(/^event: (.*)$/gm)].map((m) => m[1]!).find((name) => names.includes(name));
      if (seen !== undefined) return seen;
    }
    throw new Error(`the event stream ended; it sent:\n${text}`);
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

// `paradigm serve`'s flags reach the workbench's recompute: an edit of every lexeme is rebuilt in one
// swap from `--rebuild-from 1` on, and drained batch by batch with `--no-rebuild`.
describe('postgres: paradigm serve --rebuild-from N | --no-rebuild, as a process', () => {
  let db: Database;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    expect(await main(['load', ...FILES, '--progress', 'none'], capture(db))).toBe(0);
    const url = new URL(testAdminUrl());
    url.pathname = `/${testDatabaseName(__filename)}`;
    env = { DATABASE_URL: url.toString() };
  });
  afterAll(() => db.close());

  it.each([
    [['--rebuild-from', '1'], 'rebuilding'],
    [['--no-rebuild'], 'forms'],
  ])('serve %j answers an edit of every lexeme with a %s event first', async (args, first) => {
    const serving = await serveParadigm(args, env);
    try {
      // The queue the load left is computed first, whichever way.
      await until('the queue of the load to be computed', async () => {
        const status = (await (await fetch(`${serving.url}/api/status`)).json()) as { queue: { queued: number; patternChanges: number } };
        return status.queue.queued + status.queue.patternChanges === 0;
      });
      const edit = () => withConnection(db, (conn) => conn.query(`UPDATE lexemes SET gloss = coalesce(gloss, '') || '${first}'`));
      expect(await firstEventAfter(serving.url, ['rebuilding', 'rebuilt', 'forms'], edit)).toBe(first);
    } finally {
      await serving.stop();
    }
  });
});
