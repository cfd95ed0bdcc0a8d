import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandApertiumText, parseApertium, readApertiumFile } from '@paradigm/lexicons';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const URD_DIX = '/usr/share/apertium/apertium-urd/apertium-urd.urd.dix';

/** What `lt-expand FILE OUT` writes to OUT (lttoolbox-dev must be installed; `.ci/run` installs it). */
export function ltExpand(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lt-expand-'));
  try {
    const out = join(dir, 'out.txt');
    execFileSync('lt-expand', [file, out], { stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What lt-expand makes of `file`: its output, or, when it writes none, `error: ` and the first line it
 * printed on stderr without the file name. Unlike {@link ltExpand} this does not throw: lt-expand exits
 * 0 after some parse errors (bytes that are not UTF-8), having printed nothing.
 */
export function ltExpandVerdict(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lt-expand-'));
  try {
    const out = join(dir, 'out.txt');
    const run = spawnSync('lt-expand', [file, out], { encoding: 'utf8' });
    // lt-expand opens its output only after reading the dictionary.
    const printed = existsSync(out) ? readFileSync(out, 'utf8') : '';
    return printed !== '' ? printed : `error: ${run.stderr.split('\n')[0]!.replace(`${file}:`, '')}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Our expansion of `file` through paradigm-core, as the text lt-expand would write. */
export function ourExpand(file: string): string {
  const lexicon = parseApertium(readApertiumFile(file), file);
  return [...expandApertiumText(lexicon)].join('');
}

/** The fixture's path. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** Lines as lt-expand writes them (each ends with a newline). */
export function lines(...text: string[]): string {
  return text.map((line) => `${line}\n`).join('');
}
