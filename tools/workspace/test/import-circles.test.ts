import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findImportCircles } from '../src/import-circles';

const workspaceRoot = join(__dirname, '..', '..', '..');

/** A project at `root/dir` whose `src/` holds `files` (path relative to src -> text). */
function fakeProject(root: string, dir: string, name: string, files: Record<string, string>) {
  const path = join(root, dir);
  mkdirSync(join(path, 'src'), { recursive: true });
  writeFileSync(join(path, 'project.json'), JSON.stringify({ name, tags: ['scope:core'] }));
  writeFileSync(join(path, 'package.json'), JSON.stringify({ name: `@x/${name}` }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(path, 'src', file)), { recursive: true });
    writeFileSync(join(path, 'src', file), text);
  }
}

describe('import circles', () => {
  it('there are none in this workspace but the listed exceptions', () => {
    expect(findImportCircles(workspaceRoot)).toEqual([]);
  });

  it('finds files that import each other (type-only imports too) and folders that do, and nothing in a chain', () => {
    const root = mkdtempSync(join(tmpdir(), 'circles-'));
    fakeProject(root, 'packages/lib', 'lib', {
      'index.ts': "export { a } from './low/a';\nexport { c } from './high/c';\n",
      'low/a.ts': "import type { B } from './b';\nexport const a = 1;\n",
      'low/b.ts': "import { a } from './a';\nexport type B = typeof a;\n",
      'high/c.ts': "import { a } from '../low/a';\nexport const c = a;\n",
      'low/d.ts': "import { c } from '../high/c';\nexport const d = c;\n",
      'low/chain.ts': "import { d } from './d';\nexport const chain = d;\n",
    });
    expect(findImportCircles(root)).toEqual([
      { project: 'lib', kind: 'files', members: ['packages/lib/src/low/a.ts', 'packages/lib/src/low/b.ts'] },
      { project: 'lib', kind: 'folders', members: ['packages/lib/src/high', 'packages/lib/src/low'] },
    ]);
  });
});
