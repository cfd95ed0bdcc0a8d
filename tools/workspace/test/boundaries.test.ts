import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findViolations, listProjects } from '../src/boundaries';

const workspaceRoot = join(__dirname, '..', '..', '..');

function writeSource(path: string, source: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, source);
}

function fakeProject(root: string, dir: string, name: string, tag: string, deps: Record<string, string>, source: string) {
  const path = join(root, dir);
  mkdirSync(join(path, 'src'), { recursive: true });
  writeFileSync(join(path, 'project.json'), JSON.stringify({ name, tags: [tag] }));
  writeFileSync(join(path, 'package.json'), JSON.stringify({ name: `@x/${name}`, dependencies: deps }));
  writeFileSync(join(path, 'src', 'index.ts'), source);
}

describe('project boundaries', () => {
  it('lists every project with a layer tag', () => {
    const names = listProjects(workspaceRoot).map((p) => `${p.name}=${p.tags.join(',')}`).sort();
    expect(names).toEqual([
      'bench=type:app',
      'lexicon=type:app',
      'lexicons=scope:lexicons',
      'outside-project=type:tool',
      'paradigm-core=scope:core',
      'paradigm=type:app',
      'persistence=scope:persistence',
      'recompute=scope:recompute',
      'workbench=scope:workbench',
      'worker=type:app',
      'workspace=type:tool',
    ]);
  });

  it('holds in this workspace', () => {
    expect(findViolations(workspaceRoot)).toEqual([]);
  });

  it('catches core importing persistence, persistence importing an app, and core reading the environment', () => {
    const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
    fakeProject(root, 'packages/core', 'core', 'scope:core', {}, "import { x } from '@x/persistence';\nconst u = process.env.X;\n");
    fakeProject(root, 'packages/persistence', 'persistence', 'scope:persistence', { '@x/app': 'workspace:*' }, "import { y } from '@x/app';\n");
    fakeProject(root, 'apps/app', 'app', 'type:app', { '@x/core': 'workspace:*' }, "import { z } from '@x/core';\nimport { w } from '../../../packages/core/src';\n");
    const reasons = findViolations(root).map((v) => `${v.project}: ${v.imported}: ${v.reason}`).sort();
    expect(reasons).toEqual([
      'app: ../../../packages/core/src: relative import leaves the project; import the package instead',
      'core: @x/persistence: paradigm-core is pure compute: no Node modules, no packages',
      'core: process.env: paradigm-core reads no environment',
      'persistence: @x/app: scope:persistence may not depend on type:app (app)',
      'persistence: @x/app: scope:persistence may not depend on type:app (app)',
    ]);
  });

  it('lets recompute use core and persistence but not lexicons or an app, and lets apps use recompute', () => {
    const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
    fakeProject(root, 'packages/core', 'core', 'scope:core', {}, '');
    fakeProject(root, 'packages/persistence', 'persistence', 'scope:persistence', { '@x/core': 'workspace:*' }, "import { x } from '@x/core';\n");
    fakeProject(root, 'packages/lexicons', 'lexicons', 'scope:lexicons', { '@x/core': 'workspace:*' }, "import { x } from '@x/core';\n");
    fakeProject(
      root,
      'packages/recompute',
      'recompute',
      'scope:recompute',
      { '@x/core': 'workspace:*', '@x/persistence': 'workspace:*', '@x/app': 'workspace:*' },
      "import { x } from '@x/core';\nimport { y } from '@x/persistence';\nimport { z } from '@x/lexicons/sub';\n",
    );
    fakeProject(root, 'apps/app', 'app', 'type:app', { '@x/recompute': 'workspace:*' }, "import { r } from '@x/recompute';\n");
    fakeProject(root, 'tools/tool', 'tool', 'type:tool', {}, "import { r } from '@x/recompute';\n");
    const reasons = findViolations(root).map((v) => `${v.project} ${v.file}: ${v.imported}: ${v.reason}`).sort();
    expect(reasons).toEqual([
      'recompute packages/recompute/package.json: @x/app: scope:recompute may not depend on type:app (app)',
      'recompute packages/recompute/src/index.ts: @x/lexicons/sub: scope:recompute may not depend on scope:lexicons (lexicons)',
    ]);
  });

  it('lets the workbench library use the other libraries and an app use the workbench, but no app another app', () => {
    const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
    fakeProject(root, 'packages/core', 'core', 'scope:core', {}, '');
    fakeProject(root, 'packages/recompute', 'recompute', 'scope:recompute', { '@x/core': 'workspace:*' }, '');
    fakeProject(root, 'packages/workbench', 'workbench', 'scope:workbench', { '@x/recompute': 'workspace:*' }, "import { r } from '@x/recompute';\nimport { a } from '@x/bench';\n");
    fakeProject(root, 'apps/cli', 'cli', 'type:app', { '@x/workbench': 'workspace:*', '@x/bench': 'workspace:*' }, "import { w } from '@x/workbench';\nimport { b } from '@x/bench';\n");
    fakeProject(root, 'apps/bench', 'bench', 'type:app', {}, '');
    const reasons = findViolations(root).map((v) => `${v.file}: ${v.imported}: ${v.reason}`).sort();
    expect(reasons).toEqual([
      'apps/cli/package.json: @x/bench: type:app may not depend on type:app (bench)',
      'apps/cli/src/index.ts: @x/bench: type:app may not depend on type:app (bench)',
      'packages/workbench/src/index.ts: @x/bench: scope:workbench may not depend on type:app (bench)',
    ]);
  });

  it('checks the bench/ and scripts/ folders of every project, and the root scripts/, like source', () => {
    const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
    fakeProject(root, 'packages/core', 'core', 'scope:core', {}, '');
    fakeProject(root, 'packages/persistence', 'persistence', 'scope:persistence', { '@x/core': 'workspace:*' }, "import { x } from '@x/core';\n");
    fakeProject(root, 'packages/recompute', 'recompute', 'scope:recompute', { '@x/persistence': 'workspace:*' }, '');
    fakeProject(root, 'apps/worker', 'worker', 'type:app', { '@x/recompute': 'workspace:*' }, '');
    fakeProject(root, 'apps/bench', 'bench', 'type:app', { '@x/recompute': 'workspace:*' }, '');
    // Up a layer from a library's bench/ and scripts/; within the project is fine.
    writeSource(join(root, 'packages/persistence/bench/persist-bench.ts'), "import { r } from '@x/recompute';\nimport { own } from '../src/index';\n");
    writeSource(join(root, 'packages/core/scripts/gen.ts'), "import { p } from '@x/persistence';\n");
    // An app's bench/ reaching into another app.
    writeSource(join(root, 'apps/worker/bench/run.ts'), "import { b } from '../../bench/src/main';\n");
    // Root scripts: an app's entry is fine, its internals are not.
    writeSource(join(root, 'scripts/benchmarks/run-benchmark.ts'), "import { main } from '../../apps/bench/src/main';\n");
    writeSource(join(root, 'scripts/benchmarks/run-worker.ts'), "import { main } from '../../apps/worker/bench/run';\nimport { c } from '../../apps/worker/src/cli/parse';\n");
    const reasons = findViolations(root).map((v) => `${v.file}: ${v.imported}: ${v.reason}`).sort();
    expect(reasons).toEqual([
      'apps/worker/bench/run.ts: ../../bench/src/main: relative import leaves the project; import the package instead',
      'packages/core/scripts/gen.ts: @x/persistence: paradigm-core is pure compute: no Node modules, no packages',
      'packages/persistence/bench/persist-bench.ts: @x/recompute: scope:persistence may not depend on scope:recompute (recompute)',
      "scripts/benchmarks/run-worker.ts: ../../apps/worker/bench/run: root scripts reach an app only through its src/main.ts or src/index.ts, not worker's internals; import a workspace package otherwise",
      "scripts/benchmarks/run-worker.ts: ../../apps/worker/src/cli/parse: root scripts reach an app only through its src/main.ts or src/index.ts, not worker's internals; import a workspace package otherwise",
    ]);
  });
});
