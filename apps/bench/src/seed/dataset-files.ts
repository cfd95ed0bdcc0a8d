import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Lexeme, PatternSource } from '@paradigm/core';
import { type SyntheticParams, syntheticLexicon } from '@paradigm/lexicons';
import type { LexiconInput } from '@paradigm/persistence';
import { findWorkspaceRoot } from '../shared/workspace-root';

/** Bumped when the generator changes what it writes, so old dataset folders are not reused. */
export const GENERATOR_VERSION = 2;

/** What `manifest.json` in a dataset folder records. */
export interface DatasetManifest {
  readonly generatorVersion: number;
  readonly params: SyntheticParams;
  readonly patterns: number;
  readonly lexemes: number;
  readonly links: number;
}

/** `<workspace>/.data/datasets/l5000-p5-s1`: one folder per parameter set (gitignored). */
export function datasetDir(params: SyntheticParams, root: string = findWorkspaceRoot()): string {
  return join(root, '.data', 'datasets', `l${params.lexemes}-p${params.patternsPerLexeme}-s${params.seed}`);
}

/**
 * Writes `patterns.ndjson`, `lexemes.ndjson` (one JSON object per line, streamed with backpressure)
 * and `manifest.json` into `dir`. Written to a temporary folder and renamed at the end, so a folder
 * with a manifest is always complete.
 */
export async function writeDataset(params: SyntheticParams, dir: string, onProgress?: (lexemes: number) => void): Promise<DatasetManifest> {
  const lexicon = syntheticLexicon(params);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'patterns.ndjson'), lexicon.patterns.map((p) => JSON.stringify(p) + '\n').join(''));
  const out = createWriteStream(join(tmp, 'lexemes.ndjson'));
  let chunk = '';
  let lexemes = 0;
  let links = 0;
  for (const lexeme of lexicon.lexemes) {
    chunk += JSON.stringify(lexeme) + '\n';
    lexemes += 1;
    links += lexeme.patterns.length;
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
      if (lexemes % 100000 === 0) onProgress?.(lexemes);
    }
  }
  out.end(chunk);
  await once(out, 'close');
  const manifest: DatasetManifest = { generatorVersion: GENERATOR_VERSION, params, patterns: lexicon.patterns.length, lexemes, links };
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return manifest;
}

/** The folder of `params`' dataset (see {@link datasetDir}), written first when it is missing or incomplete. */
export async function ensureDataset(params: SyntheticParams, onProgress?: (lexemes: number) => void): Promise<string> {
  const dir = datasetDir(params);
  if (!readManifest(dir)) await writeDataset(params, dir, onProgress);
  return dir;
}

/** The manifest of a complete dataset folder, or undefined if there is none (or an older generator wrote it). */
export function readManifest(dir: string): DatasetManifest | undefined {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as DatasetManifest;
  return manifest.generatorVersion === GENERATOR_VERSION ? manifest : undefined;
}

/** A dataset folder as a {@link LexiconInput}: patterns read whole (they are few), lexemes streamed. */
export function readDataset(dir: string): LexiconInput {
  if (!readManifest(dir)) throw new Error(`No complete dataset in ${dir}; generate it first: pnpm nx run bench:dataset (or seed-db.ts, which generates what is missing).`);
  const patterns = readFileSync(join(dir, 'patterns.ndjson'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as PatternSource);
  return { patterns, lexemes: readLexemes(join(dir, 'lexemes.ndjson')) };
}

async function* readLexemes(path: string): AsyncGenerator<Lexeme> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line += 1;
    if (!text) continue;
    try {
      yield JSON.parse(text) as Lexeme;
    } catch (error) {
      throw new Error(`${path}:${line}: not a JSON lexeme (${(error as Error).message}); regenerate the dataset.`);
    }
  }
}
