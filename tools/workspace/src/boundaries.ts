/**
 * The architecture's dependency rules, checked against what each project really declares and imports.
 *
 * Tags (in each project.json) name a project's layer; a project may depend only on the layers listed
 * for its tag. `paradigm-core` is pure compute and depends on nothing; `recompute` (the engine that keeps
 * the forms current) builds on the core and persistence; `workbench` (the web page and its API, which
 * `paradigm serve` starts) builds on every other library; apps and tools may use every library, never
 * another app.
 *
 * A project's code is what is under its `src/`, `bench/` and `scripts/` folders: benchmarks and scripts
 * obey their project's layer like its source. The root `scripts/` folder stands above every layer (it
 * holds the runbook's entry points): it may import any workspace package, and an app only through its
 * entry (`apps/<app>/src/main.ts` or `src/index.ts`), never a project's internals.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceFiles } from './source-files';

export const ALLOWED: Record<string, string[]> = {
  'scope:core': [],
  'scope:persistence': ['scope:core'],
  'scope:lexicons': ['scope:core'],
  'scope:recompute': ['scope:core', 'scope:persistence'],
  'scope:workbench': ['scope:core', 'scope:persistence', 'scope:lexicons', 'scope:recompute'],
  'type:app': ['scope:core', 'scope:persistence', 'scope:lexicons', 'scope:recompute', 'scope:workbench'],
  'type:tool': ['scope:core', 'scope:persistence', 'scope:lexicons', 'scope:recompute', 'scope:workbench'],
};

/**
 * Dependencies the layers forbid but the architecture has for now, each with its reason; one entry
 * per (project, package). Remove an entry when its reason goes.
 */
export const EXCEPTIONS: readonly { project: string; imports: string; file: string; reason: string }[] = [];

/** Whether `file` of `project` may import `packageName` by an {@link EXCEPTIONS} entry (its package.json may declare it). */
function excepted(project: Project, packageName: string, file: string): boolean {
  return EXCEPTIONS.some((e) => e.project === project.name && e.imports === packageName && (file === e.file || file === `${project.root}/package.json`));
}

export interface Project {
  name: string;
  root: string;
  packageName: string;
  tags: string[];
  dependencies: Record<string, string>;
}

export interface Violation {
  project: string;
  file: string;
  imported: string;
  reason: string;
}

export function listProjects(workspaceRoot: string): Project[] {
  const projects: Project[] = [];
  for (const group of ['packages', 'apps', 'tools']) {
    const dir = join(workspaceRoot, group);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const root = join(dir, entry);
      const projectFile = join(root, 'project.json');
      if (!existsSync(projectFile)) continue;
      const project = JSON.parse(readFileSync(projectFile, 'utf8'));
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      projects.push({
        name: project.name,
        root: relative(workspaceRoot, root),
        packageName: pkg.name,
        tags: project.tags ?? [],
        dependencies: { ...(pkg.dependencies ?? {}) },
      });
    }
  }
  return projects;
}

/** The folders of a project that hold its code (see the module comment). */
export const CODE_FOLDERS = ['src', 'bench', 'scripts'] as const;

const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm;

/** Every import of a workspace package (or a relative path leaving the project) that breaks the rules. */
export function findViolations(workspaceRoot: string): Violation[] {
  const projects = listProjects(workspaceRoot);
  const byPackage = new Map(projects.map((p) => [p.packageName, p]));
  const violations: Violation[] = [];
  for (const project of projects) {
    const tag = project.tags.find((t) => t in ALLOWED);
    if (!tag) {
      violations.push({ project: project.name, file: `${project.root}/project.json`, imported: '', reason: `no layer tag; use one of ${Object.keys(ALLOWED).join(', ')}` });
      continue;
    }
    const allowed = ALLOWED[tag];
    const check = (file: string, imported: string) => {
      const target = byPackage.get(imported.split('/').slice(0, 2).join('/'));
      if (!target || target === project) return;
      if (excepted(project, target.packageName, file)) return;
      const targetTag = target.tags.find((t) => t in ALLOWED) ?? '(untagged)';
      if (!allowed.includes(targetTag)) {
        violations.push({ project: project.name, file, imported, reason: `${tag} may not depend on ${targetTag} (${target.name})` });
      }
    };
    for (const dep of Object.keys(project.dependencies)) {
      check(`${project.root}/package.json`, dep);
      if (tag === 'scope:core') {
        violations.push({ project: project.name, file: `${project.root}/package.json`, imported: dep, reason: 'paradigm-core has no runtime dependencies' });
      }
    }
    for (const file of CODE_FOLDERS.flatMap((folder) => sourceFiles(join(workspaceRoot, project.root, folder)))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const imported = match[1];
        const rel = relative(workspaceRoot, file);
        if (imported.startsWith('.')) {
          const resolved = relative(workspaceRoot, join(file, '..', imported));
          if (!resolved.startsWith(project.root + '/')) {
            violations.push({ project: project.name, file: rel, imported, reason: 'relative import leaves the project; import the package instead' });
          }
        } else if (tag === 'scope:core' && (imported.startsWith('node:') || !imported.startsWith('@paradigm/'))) {
          violations.push({ project: project.name, file: rel, imported, reason: 'paradigm-core is pure compute: no Node modules, no packages' });
        } else {
          check(rel, imported);
        }
      }
      if (tag === 'scope:core' && /process\.env/.test(text)) {
        violations.push({ project: project.name, file: relative(workspaceRoot, file), imported: 'process.env', reason: 'paradigm-core reads no environment' });
      }
    }
  }
  violations.push(...rootScriptViolations(workspaceRoot, projects));
  return violations;
}

/** The root `scripts/` folder's imports that reach into a project other than through an app's entry. */
function rootScriptViolations(workspaceRoot: string, projects: readonly Project[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of sourceFiles(join(workspaceRoot, 'scripts'))) {
    const rel = relative(workspaceRoot, file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const imported = match[1];
      if (!imported.startsWith('.')) continue;
      const resolved = relative(workspaceRoot, join(file, '..', imported)).replace(/\.ts$/, '');
      if (resolved === 'scripts' || resolved.startsWith('scripts/')) continue;
      const target = projects.find((p) => resolved.startsWith(`${p.root}/`));
      const entry = target && target.tags.includes('type:app') && (resolved === `${target.root}/src/main` || resolved === `${target.root}/src/index`);
      if (!entry) {
        violations.push({ project: 'scripts', file: rel, imported, reason: `root scripts reach an app only through its src/main.ts or src/index.ts${target ? `, not ${target.name}'s internals` : ''}; import a workspace package otherwise` });
      }
    }
  }
  return violations;
}
