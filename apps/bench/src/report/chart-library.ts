import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The plotting library the report inlines: its name, version and minified UMD build (defines `window.Chart`). */
export interface ChartLibrary {
  readonly name: string;
  readonly version: string;
  readonly script: string;
}

let cached: ChartLibrary | undefined;

/**
 * Chart.js's UMD build from node_modules, ready to sit inside a `<script>` element: its source-map
 * comment is dropped (the page fetches nothing, not even in a browser's developer tools).
 */
export function chartLibrary(): ChartLibrary {
  if (cached) return cached;
  // The package's exports name only its module entries; its UMD build sits beside them in dist/.
  const dist = dirname(require.resolve('chart.js'));
  const file = join(dist, 'chart.umd.min.js');
  const script = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  if (/<\/script/i.test(script)) throw new Error(`${file} contains "</script": it cannot be inlined into the report as is`);
  const version = /Chart\.js v(\d+\.\d+\.\d+)/.exec(script)?.[1];
  if (!version) throw new Error(`${file}: no "Chart.js vX.Y.Z" banner; is chart.js installed (pnpm install)?`);
  cached = { name: 'Chart.js', version, script };
  return cached;
}
