import { readFileSync } from 'node:fs';

/**
 * An artifact as the bench writes it: two-space indented JSON whose arrays of plain numbers stay on one
 * line, so the samples an artifact keeps (rounds, latencies) add a line each, not one line per number.
 */
export function formatArtifactJson(value: unknown): string {
  // Only an array's own line breaks are folded: JSON strings hold no raw newline, so their text stays.
  return `${JSON.stringify(value, null, 2).replace(/\[\n\s+(-?[\d.e+-]+(?:,\n\s+-?[\d.e+-]+)*)\n\s*\]/g, (_, body: string) => `[${body.split(/,\n\s+/).join(', ')}]`)}\n`;
}

/** Reads a JSON artifact, naming the file and the fix when it is not JSON. */
export function readJsonArtifact(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read it as JSON (${(e as Error).message}); regenerate or delete it`);
  }
}

/** `x` rounded to `digits` significant digits: what artifacts keep of each sample. */
export function significant(x: number, digits = 4): number {
  return Number(x.toPrecision(digits));
}
