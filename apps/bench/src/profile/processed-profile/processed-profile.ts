/** One node of `--prof-process`'s bottom-up (heavy) profile: a frame and the callers that led to it. */
export interface HeavyNode {
  readonly ticks: number;
  /** The frame as printed: `JS: *name /file.js:1:2`, `RegExp: \d`, a C++ symbol, a shared library, `UNKNOWN`. */
  readonly name: string;
  readonly callers: HeavyNode[];
}

/** What the summariser reads from a `node --prof-process` text report. */
export interface ProcessedProfile {
  readonly totalTicks: number;
  /** Ticks taken while V8 was collecting garbage (its `[Summary]` GC line). */
  readonly gcTicks: number;
  /** Top-level nodes of the bottom-up profile: the frames where ticks landed, each with its callers. */
  readonly heavy: readonly HeavyNode[];
}

const HEADER = /^Statistical profiling result from .*\((\d+) ticks, (\d+) unaccounted, (\d+) excluded\)/m;
const HEAVY_LINE = /^\s*(\d+)\s+[\d.]+%  ( *)(.+?)\s*$/;

/**
 * Parses the text `node --prof-process` prints (Node 20). Throws, naming `file` and the missing part,
 * if it is not such a report (e.g. `--prof-process` failed and wrote an error instead).
 */
export function parseProcessedProfile(text: string, file: string): ProcessedProfile {
  const header = HEADER.exec(text);
  if (!header) throw new Error(`${file}: no "Statistical profiling result" header; is it the output of node --prof-process?`);
  const summary = text.slice(text.indexOf('[Summary]:'));
  const gc = /^\s*(\d+)\s+[\d.]+%\s+[\d.]+%\s+GC\s*$/m.exec(summary);
  if (!gc) throw new Error(`${file}: no GC line in the [Summary] section`);
  const start = text.indexOf('[Bottom up (heavy) profile]:');
  if (start < 0) throw new Error(`${file}: no [Bottom up (heavy) profile] section`);
  const lines = text.slice(start).split('\n');
  const tableStart = lines.findIndex((l) => /^\s*ticks\s+parent\s+name/.test(l));
  const heavy: HeavyNode[] = [];
  const stack: HeavyNode[] = [];
  for (const line of lines.slice(tableStart + 1)) {
    if (line.trim() === '') continue;
    if (/^\s*\[/.test(line)) break;
    const m = HEAVY_LINE.exec(line);
    if (!m) continue;
    const depth = m[2].length / 2;
    const node: HeavyNode = { ticks: Number(m[1]), name: m[3], callers: [] };
    stack.length = depth;
    if (depth === 0) heavy.push(node);
    else stack[depth - 1]?.callers.push(node);
    stack[depth] = node;
  }
  return { totalTicks: Number(header[1]), gcTicks: Number(gc[1]), heavy };
}
