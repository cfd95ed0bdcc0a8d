import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { openDatabase, replaceLexicon } from '@paradigm/persistence';
import type { RecomputeResult } from '../artifacts/real-lexicons';
import type { RealLexicon } from './expansion-runs';

/**
 * Loads a Hunspell lexicon into the PostgreSQL at `url` (replacing its whole lexicon: use a database
 * of its own) and runs the built worker's full recompute of it (`--all --method copy`) as a separate
 * process under `/usr/bin/time`, for wall time and peak RSS. The forms are counted in the table
 * afterwards, not taken from the worker's word.
 */
export async function runRecompute(root: string, url: string, lexicon: RealLexicon, log: (s: string) => void): Promise<RecomputeResult> {
  const workerMain = join(root, 'apps/worker/dist/main.js');
  if (!existsSync(workerMain)) throw new Error(`${workerMain} not found: build it first (nx run worker:build)`);
  const parsed = parseHunspell(readHunspellFiles(lexicon.files[0], lexicon.files[1]));
  const db = await openDatabase({ url });
  try {
    const loaded = await replaceLexicon(db, { patterns: parsed.patterns, lexemes: parsed.lexemes }, { skipTriggers: true });
    log(`loaded ${lexicon.name}: ${loaded.lexemes} lexemes, ${loaded.patterns} patterns into ${db.description}`);
  } finally {
    await db.close();
  }
  const args = ['-f', 'peak-rss-kb=%M', process.execPath, workerMain, 'recompute', '--all', '--method', 'copy', '--progress', 'none'];
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', args, { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`worker recompute failed (exit ${r.status}): ${r.stdout.slice(-500)} ${r.stderr.slice(-1000)}`);
  log(r.stdout.trim().split('\n').slice(-3).join('\n'));
  const rss = /peak-rss-kb=(\d+)/.exec(r.stderr);
  const check = await openDatabase({ url });
  try {
    const conn = await check.acquire();
    try {
      const forms = Number((await conn.query<{ n: string }>('SELECT count(*) AS n FROM forms')).rows[0].n);
      const lexemes = Number((await conn.query<{ n: string }>('SELECT count(*) AS n FROM lexemes')).rows[0].n);
      return {
        lexicon: lexicon.name, database: check.description, lexemes, forms, seconds, formsPerSec: forms / seconds,
        peakRssMB: rss ? Math.round(Number(rss[1]) / 1024) : undefined,
        command: `DATABASE_URL=${check.description} node apps/worker/dist/main.js recompute --all --method copy (wall time of the process, start-up included)`,
      };
    } finally {
      conn.release();
    }
  } finally {
    await check.close();
  }
}
