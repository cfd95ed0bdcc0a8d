// The fixtures and apertium-urd's first entries, damaged from seeds (a cut, bytes deleted or inserted, a
// line doubled, dropped or moved, a tag's < or > or end tag dropped, markup put in where it does not
// belong): each either expands to exactly what lt-expand prints, or is refused with our error naming
// the file. Never another error (a TypeError, a stack overflow), never lines lt-expand would not print.
// A refusal where lt-expand reads on is allowed (the differences docs/lexicons.md lists are such), and
// lt-expand is run only on the files we expand: on some files cut short it never ends. No comment is put
// inside a <p>, which we read and lt-expand refuses, a difference docs/lexicons.md lists.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApertiumDixError, ApertiumFileError, expandApertiumText, parseApertium, readApertiumFile } from '@paradigm/lexicons';
import { Rng } from '../../src';
import { dixFiles } from './support/dix-files';
import { FIXTURES, URD_DIX } from './support/lt-expand';

/** Seeds run (`MUTATION_SEEDS=2000` for a longer run). */
const SEEDS = Number(process.env.MUTATION_SEEDS ?? 400);

const SNIPPETS = ['\0', '\uFEFF', '\uFFFE', '\r', '&foo;', '&#0;', '&#xD800;', '&', ']]>', '<?pi?>', '<![CDATA[x]]>', '<g>', '</e>', '<e>', '<par n="p"/>', '<s n="x"/>', '<p><l>a</l></p>', 'x'];

/** The bytes of the seed files: every fixture, and apertium-urd's pardefs with its first 30 entries. */
function seedFiles(): Buffer[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.dix'))
    .sort()
    .map((name) => readFileSync(join(FIXTURES, name)));
  const urd = readFileSync(URD_DIX, 'utf8');
  const section = urd.indexOf('>', urd.indexOf('<section')) + 1;
  const entries = urd.slice(section).match(/\s*<e[ >][^]*?<\/e>/g)!.slice(0, 30);
  return [...fixtures, Buffer.from(`${urd.slice(0, section)}${entries.join('')}\n</section>\n</dictionary>\n`)];
}

/** `bytes` damaged once, as `rng` decides. */
function mutate(bytes: Buffer, rng: Rng): Buffer {
  const at = rng.int(bytes.length + 1);
  const text = bytes.toString('latin1');
  const lines = text.split('\n');
  const line = rng.int(lines.length);
  switch (rng.int(8)) {
    case 0:
      return bytes.subarray(0, at);
    case 1:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + rng.between(1, 40))]);
    case 2:
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(rng.pick(SNIPPETS)), bytes.subarray(at)]);
    case 3:
      lines.splice(rng.int(lines.length + 1), 0, lines[line]!);
      return Buffer.from(lines.join('\n'), 'latin1');
    case 4:
      lines.splice(line, 1);
      return Buffer.from(lines.join('\n'), 'latin1');
    case 5:
      lines.splice(rng.int(lines.length), 0, ...lines.splice(line, 1));
      return Buffer.from(lines.join('\n'), 'latin1');
    case 6: {
      const marks = [...text.matchAll(/[<>]|<\/[a-z]+>/g)];
      if (marks.length === 0) return bytes;
      const mark = rng.pick(marks);
      return Buffer.from(text.slice(0, mark.index) + text.slice(mark.index! + mark[0].length), 'latin1');
    }
    default: {
      const ends = [...text.matchAll(/>/g)];
      const after = ends.length === 0 ? at : rng.pick(ends).index! + 1;
      return Buffer.concat([bytes.subarray(0, after), Buffer.from(rng.pick(SNIPPETS)), bytes.subarray(after)]);
    }
  }
}

/** lt-expand's output, when it exits 0 having said nothing on standard error; else null. */
function ltExpandAccepted(path: string): string | null {
  const out = `${path}.out`;
  const run = spawnSync('lt-expand', [path, out], { encoding: 'utf8' });
  return run.status === 0 && run.stderr === '' ? readFileSync(out, 'utf8') : null;
}

/** Our expansion, or `refused` when our error names the file; any other error fails the test. */
function ours(path: string): string {
  try {
    return [...expandApertiumText(parseApertium(readApertiumFile(path), path))].join('');
  } catch (error) {
    if (!(error instanceof ApertiumDixError || error instanceof ApertiumFileError)) throw error;
    expect(error.file).toBe(path);
    expect(error.message.startsWith(`${path}:`)).toBe(true);
    return 'refused';
  }
}

describe('damaged .dix files expand as lt-expand or are refused naming the file', () => {
  const files = dixFiles('dix-mutated-');

  it(`${SEEDS} seeds`, () => {
    const seeds = seedFiles();
    const outcome = { expanded: 0, refused: 0 };
    for (let seed = 1; seed <= SEEDS; seed++) {
      const rng = new Rng(seed);
      const path = files.write(mutate(rng.pick(seeds), rng));
      const expanded = ours(path);
      if (expanded === 'refused') {
        outcome.refused++;
        continue;
      }
      outcome.expanded++;
      // A failure names the seed, to reproduce it.
      expect({ seed, same: expanded === ltExpandAccepted(path) }).toEqual({ seed, same: true });
    }
    // The default seeds give both outcomes; a change in these counts is a change in what is read or refused.
    if (SEEDS === 400) expect(outcome).toEqual({ expanded: 99, refused: 301 });
  });
});
