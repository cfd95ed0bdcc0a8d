/**
 * "Edit a pattern, save, see the recomputed forms": on the embedded default (PGlite in a temporary
 * folder, the recompute loop in the server), the synthetic default lexicon (5000 lexemes x 5 patterns),
 * the time from sending `PUT /api/patterns/:name` to its answer, to the `forms` event that carries a lexeme using that
 * pattern (what the page waits for), and to the queue being empty again (every lexeme using it).
 *
 *   pnpm exec tsx apps/workbench/bench/save-to-forms-latency.ts [--runs 5] [--out FILE]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATASET, generateLexemes, openDatabase, patternCatalog, replaceLexicon, withConnection } from '@paradigm/persistence';
import { startWorkbench } from '../src';
import { openEventStream } from '../test/support/event-stream';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, out: { type: 'string' } } });
  const runs = Number(values.runs ?? 5);
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-latency-'));
  const db = await openDatabase({ dialect: 'pglite', dataDir });
  try {
    const catalog = patternCatalog(DEFAULT_DATASET.seed);
    await replaceLexicon(db, { patterns: catalog.map((c) => c.pattern), lexemes: generateLexemes(DEFAULT_DATASET, catalog) });
    const workbench = await startWorkbench({ database: db, port: 0 });
    try {
      const start = performance.now();
      for (;;) {
        const status = (await (await fetch(`${workbench.url}/api/status`)).json()) as { forms: number; queue: { queued: number; patternChanges: number } };
        if (status.queue.queued + status.queue.patternChanges === 0) {
          process.stdout.write(`initial recompute in the server: ${status.forms} forms in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // The pattern lexeme 1 takes first, and how many lexemes take it.
      const [{ name, source, lexemes }] = await withConnection(db, async (conn) => (await conn.query<{ name: string; source: string; lexemes: number }>(
        'SELECT p.name, p.source, (SELECT count(*)::int FROM lexeme_patterns x WHERE x.pattern_id = p.id) AS lexemes FROM lexeme_patterns lp JOIN patterns p ON p.id = lp.pattern_id WHERE lp.lexeme_id = 1 ORDER BY lp.position LIMIT 1',
      )).rows);
      const results: { saved: number; firstForms: number; queueEmpty: number }[] = [];
      for (let run = 1; run <= runs; run++) {
        const events = await openEventStream(workbench);
        await events.next((e) => e.name === 'queue');
        const since = events.received.length;
        const sent = performance.now();
        // A comment changes the source, so the lexemes are recomputed, whatever kind of pattern it is.
        const response = await fetch(`${workbench.url}/api/patterns/${encodeURIComponent(name)}`, {
          method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: `${source}\n# edit ${run}\n` }),
        });
        if (response.status !== 200) throw new Error(`save: HTTP ${response.status} ${await response.text()}`);
        const saved = performance.now() - sent;
        const forms = await events.next((e) => e.name === 'forms' && e.data.lexemeIds.includes(1), since);
        const firstForms = performance.now() - sent;
        await events.next((e) => e.name === 'queue' && e.data.queued === 0 && e.data.patternChanges === 0, events.received.indexOf(forms));
        const queueEmpty = performance.now() - sent;
        await events.close();
        results.push({ saved: Math.round(saved), firstForms: Math.round(firstForms), queueEmpty: Math.round(queueEmpty) });
        process.stdout.write(`run ${run}: pattern ${name} (${lexemes} lexemes): saved after ${Math.round(saved)} ms, lexeme 1's forms after ${Math.round(firstForms)} ms, queue empty after ${Math.round(queueEmpty)} ms\n`);
      }
      const artifact = { benchmark: 'workbench-save-to-forms', database: 'pglite (temporary folder), recompute in the server', measuredAt: new Date().toISOString(), pattern: name, lexemesUsingIt: lexemes, loadAverage: loadavg().map((n) => Math.round(n * 10) / 10), results };
      const out = values.out ?? join(__dirname, '..', '..', '..', 'benchmarks', 'workbench-save-to-forms.json');
      writeFileSync(out, `${JSON.stringify(artifact, null, 2)}\n`);
      process.stdout.write(`written ${out}\n`);
    } finally {
      await workbench.close();
    }
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  process.stderr.write(`save-to-forms-latency: ${(error as Error).stack}\n`);
  process.exitCode = 1;
});
