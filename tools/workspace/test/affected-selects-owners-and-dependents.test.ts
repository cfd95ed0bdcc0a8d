import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { affectedProjects } from '../src/affected-projects';
import { listProjects } from '../src/boundaries';

const workspaceRoot = join(__dirname, '..', '..', '..');

/**
 * `name` and every project that declares a dependency on it (package.json, or project.json's
 * `implicitDependencies`), directly or through another project.
 */
function withDependents(name: string): string[] {
  const projects = listProjects(workspaceRoot);
  const implicit = (root: string): string[] => JSON.parse(readFileSync(join(workspaceRoot, root, 'project.json'), 'utf8')).implicitDependencies ?? [];
  const selected = new Set([name]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of projects) {
      if (selected.has(p.name)) continue;
      const deps = [...Object.keys(p.dependencies).map((d) => projects.find((q) => q.packageName === d)?.name), ...implicit(p.root)];
      if (deps.some((d) => d !== undefined && selected.has(d))) {
        selected.add(p.name);
        grew = true;
      }
    }
  }
  return [...selected].sort();
}

describe('the projects CI selects for a change', () => {
  it('selects only lexicon for a change in apps/lexicon (no other project depends on it)', () => {
    expect(affectedProjects(workspaceRoot, ['apps/lexicon/src/main.ts'])).toEqual(['lexicon']);
  });

  it('selects paradigm-core and every project that depends on it for a change in paradigm-core', () => {
    const selected = affectedProjects(workspaceRoot, ['packages/paradigm-core/src/generate/generate.ts']);
    expect(selected).toEqual(withDependents('paradigm-core'));
    // The layers as the architecture draws them: both libraries above the core and the apps using them
    // are in; a tool that imports no workspace package is out.
    expect(selected).toEqual(expect.arrayContaining(['paradigm-core', 'persistence', 'lexicons', 'worker', 'lexicon', 'bench', 'paradigm']));
    expect(selected).not.toContain('workspace');
  });

  it('selects every project for a change to a shared input (tsconfig.base.json)', () => {
    expect(affectedProjects(workspaceRoot, ['tsconfig.base.json'])).toEqual(listProjects(workspaceRoot).map((p) => p.name).sort());
  });
});
