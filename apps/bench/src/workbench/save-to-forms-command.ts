/**
 * "Edit a pattern, save, see the recomputed forms": the workbench as a process on its embedded default
 * (PGlite in a temporary folder, the recompute loop in the server), the synthetic default lexicon (5000
 * lexemes x 5 patterns), the time from sending `PUT /api/patterns/:name` to its answer, to the `forms`
 * event that carries a lexeme using that pattern (what the page waits for), and to the queue being empty
 * again (every lexeme using it), read from `GET /api/events` as the page reads it.
 *
 *   pnpm nx run bench:workbench-save -- [--runs 5] [--out FILE]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EventSource } from 'eventsource';
import { SYNTHETIC_DEFAULTS, syntheticLexicon } from '@paradigm/lexicons';
import { openDatabase, replaceLexicon, withConnection } from '@paradigm/persistence';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { startWorkbenchProcess } from './workbench-process';

/** A server-sent event as the page receives it. */
interface ReceivedEvent {
  readonly name: string;
  readonly data: { readonly lexemeIds?: readonly number[]; readonly queued?: number; readonly patternChanges?: number };
}

/** `GET /api/events`, read as the page reads it; `next` waits for a matching event (at most 60 s). */
function openEvents(url: string) {
  const source = new EventSource(`${url}/api/events`);
  const received: ReceivedEvent[] = [];
  const waiters: { predicate: (e: ReceivedEvent) => boolean; resolve: (e: ReceivedEvent) => void }[] = [];
  for (const name of ['queue', 'forms']) {
    source.addEventListener(name, (message) => {
      const event = { name, data: JSON.parse(message.data) as ReceivedEvent['data'] };
      received.push(event);
      for (const waiter of waiters.filter((w) => w.predicate(event))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    });
  }
  return {
    received,
    next(predicate: (e: ReceivedEvent) => boolean, since = 0): Promise<ReceivedEvent> {
      const seen = received.slice(since).find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within 60 s; received: ${JSON.stringify(received)}`)), 60_000);
        waiters.push({ predicate, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => source.close(),
  };
}

/** `workbench-save [--runs N] [--out FILE]`: see the top of this file. */
export async function workbenchSaveCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { runs: { type: 'string' }, out: { type: 'string' } } });
  const runs = Number(values.runs ?? 5);
  const root = findWorkspaceRoot();
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-latency-'));
  try {
    // The lexicon is loaded before the server starts: PGlite opens in one process at a time.
    const db = await openDatabase({ dialect: 'pglite', dataDir });
    let pattern: { name: string; source: string; lexemes: number };
    try {
      const lexicon = syntheticLexicon(SYNTHETIC_DEFAULTS);
      await replaceLexicon(db, { patterns: lexicon.patterns, lexemes: lexicon.lexemes });
      // The pattern lexeme 1 takes first, and how many lexemes take it.
      pattern = (await withConnection(db, (conn) => conn.query<{ name: string; source: string; lexemes: number }>(
        'SELECT p.name, p.source, (SELECT count(*)::int FROM lexeme_patterns x WHERE x.pattern_id = p.id) AS lexemes FROM lexeme_patterns lp JOIN patterns p ON p.id = lp.pattern_id WHERE lp.lexeme_id = 1 ORDER BY lp.position LIMIT 1',
      ))).rows[0]!;
    } finally {
      await db.close();
    }
    const workbench = await startWorkbenchProcess(root, ['--data-dir', dataDir], { ...process.env, DATABASE_URL: '' });
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
      const loadBefore = loadAverage();
      const results: { saved: number; firstForms: number; queueEmpty: number }[] = [];
      for (let run = 1; run <= runs; run++) {
        const events = openEvents(workbench.url);
        try {
          await events.next((e) => e.name === 'queue');
          const since = events.received.length;
          const sent = performance.now();
          // A comment changes the source, so the lexemes are recomputed, whatever kind of pattern it is.
          const response = await fetch(`${workbench.url}/api/patterns/${encodeURIComponent(pattern.name)}`, {
            method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: `${pattern.source}\n# edit ${run}\n` }),
          });
          if (response.status !== 200) throw new Error(`save: HTTP ${response.status} ${await response.text()}`);
          const saved = performance.now() - sent;
          const forms = await events.next((e) => e.name === 'forms' && (e.data.lexemeIds ?? []).includes(1), since);
          const firstForms = performance.now() - sent;
          await events.next((e) => e.name === 'queue' && e.data.queued === 0 && e.data.patternChanges === 0, events.received.indexOf(forms));
          const queueEmpty = performance.now() - sent;
          results.push({ saved: Math.round(saved), firstForms: Math.round(firstForms), queueEmpty: Math.round(queueEmpty) });
          process.stdout.write(`run ${run}: pattern ${pattern.name} (${pattern.lexemes} lexemes): saved after ${Math.round(saved)} ms, lexeme 1's forms after ${Math.round(firstForms)} ms, queue empty after ${Math.round(queueEmpty)} ms\n`);
        } finally {
          events.close();
        }
      }
      const artifact = {
        benchmark: 'workbench-save-to-forms', database: `${workbench.database} (temporary folder), recompute in the server process`,
        measuredAt: new Date().toISOString(), machine: describeMachine(), revision: gitRevision(root), pattern: pattern.name, lexemesUsingIt: pattern.lexemes,
        loadAverage: loadAverage(), loadAverageBefore: loadBefore, results,
      };
      const out = values.out ?? join(root, 'benchmarks', 'workbench-save-to-forms.json');
      writeFileSync(out, `${JSON.stringify(artifact, null, 2)}\n`);
      process.stdout.write(`written ${out}\n`);
      return 0;
    } finally {
      await workbench.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
