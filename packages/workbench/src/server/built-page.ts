import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbenchConfigError } from '../config/workbench-options';

/**
 * The built page: this package's `dist/page` (`vite build`, part of `nx run workbench:build`), found
 * from this file whether the server runs from `src` (tsx, tests, the `paradigm` bin in the workspace)
 * or from `dist` (an installed package, whose tarball ships `dist/page`).
 */
export const DEFAULT_PAGE_DIR = join(__dirname, '..', '..', 'dist', 'page');

/**
 * `dir` when it holds the page's `index.html`.
 *
 * @throws {@link WorkbenchConfigError} naming the folder and the command that builds it: without the
 *   page a browser would only get 404s.
 */
export function builtPage(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new WorkbenchConfigError(`the page is not built (no index.html in ${dir}): run \`pnpm exec nx run workbench:build\`, or \`./scripts/setup.sh\`.`);
  }
  return dir;
}
