/**
 * Import circles inside each project: files that import each other, directly or around a loop, and
 * folders of `src/` that do (one of them imports up a layer). Type-only imports count: a circle of
 * types is still two modules that each need the other to be understood.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { listProjects } from './boundaries';
import { sourceFiles } from './source-files';

/** One circle: the files (or `src/` folders) on it, workspace-relative, sorted. */
export interface ImportCircle {
  project: string;
  kind: 'files' | 'folders';
  members: string[];
}

/**
 * Circles the architecture has for now, each with its reason; one entry per circle, matched by one of
 * its members. Remove an entry when its reason goes.
 */
export const CIRCLE_EXCEPTIONS: readonly { project: string; kind: ImportCircle['kind']; member: string; reason: string }[] = [];

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]*)['"]/gm;

/** The file a relative import names: `x.ts`, or `x/index.ts`. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Strongly connected components of more than one node, or of one node that imports itself (Tarjan). */
function circles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, order.get(next)!));
      }
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!order.has(node)) visit(node);
  return found;
}

/** Every import circle of files, and of `src/` folders, in each project of the workspace, less {@link CIRCLE_EXCEPTIONS}. */
export function findImportCircles(workspaceRoot: string): ImportCircle[] {
  const found: ImportCircle[] = [];
  for (const project of listProjects(workspaceRoot)) {
    const src = join(workspaceRoot, project.root, 'src');
    const files = new Map<string, Set<string>>();
    const folders = new Map<string, Set<string>>();
    const folderOf = (file: string) => relative(src, file).split(sep)[0]!;
    for (const file of sourceFiles(src).filter((file) => !file.endsWith('.d.ts'))) {
      const rel = relative(workspaceRoot, file);
      const edges = files.get(rel) ?? files.set(rel, new Set()).get(rel)!;
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = resolveImport(file, match[1]!);
        if (!target || !target.startsWith(src + sep)) continue;
        edges.add(relative(workspaceRoot, target));
        const [a, b] = [folderOf(file), folderOf(target)];
        // Files directly in src/ (the entry points) sit above every folder.
        if (a !== b && !a.endsWith('.ts') && !b.endsWith('.ts')) {
          (folders.get(a) ?? folders.set(a, new Set()).get(a)!).add(b);
        }
      }
    }
    const add = (kind: ImportCircle['kind'], members: string[]) => {
      if (!CIRCLE_EXCEPTIONS.some((e) => e.project === project.name && e.kind === kind && members.includes(e.member))) found.push({ project: project.name, kind, members });
    };
    for (const members of circles(files)) add('files', members);
    for (const members of circles(folders)) add('folders', members.map((m) => `${project.root}/src/${m}`));
  }
  return found;
}
