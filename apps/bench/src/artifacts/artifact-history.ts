import { execFileSync } from 'node:child_process';

/** One committed version of an artifact. */
export interface ArtifactVersion {
  readonly commit: string;
  /** The commit's date (ISO 8601, committer). */
  readonly date: string;
  readonly subject: string;
  /** The artifact's JSON at that commit. */
  readonly json: unknown;
}

/** The committed versions of artifacts, newest first, or why git could not tell. */
export type ArtifactHistory =
  | { readonly available: true; readonly versions: ReadonlyMap<string, readonly ArtifactVersion[]> }
  | { readonly available: false; readonly reason: string };

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

/**
 * Every committed version of each of `paths` (relative to `root`), following renames
 * (`git log --follow`, then `git show REV:path` with the path as it was at REV). Not available when git
 * is missing or `root` is not in a git work tree; the reason says which. Versions deleted or not
 * JSON at a commit are left out, and so is a version whose data equals the one before it.
 */
export function readArtifactHistory(root: string, paths: readonly string[]): ArtifactHistory {
  try {
    git(root, ['rev-parse', '--show-toplevel']);
  } catch (e) {
    const error = e as NodeJS.ErrnoException & { stderr?: string };
    const reason = error.code === 'ENOENT' ? 'git is not installed here' : `${root} is not in a git work tree (${(error.stderr ?? error.message).trim().split('\n')[0]})`;
    return { available: false, reason };
  }
  const versions = new Map<string, ArtifactVersion[]>();
  for (const path of paths) {
    // One record per commit: NUL, then hash, date and subject, then the file's path at that commit.
    const log = git(root, ['log', '--follow', '--format=%x00%H%x09%cI%x09%s', '--name-only', '--', path]);
    const list: ArtifactVersion[] = [];
    for (const record of log.split('\0').slice(1)) {
      const [header, ...names] = record.split('\n').filter((l) => l.length > 0);
      const [commit, date, ...subject] = header.split('\t');
      const at = names[names.length - 1];
      if (!at) continue;
      // A commit that deleted the file, or left it unreadable as JSON, has no version to plot.
      let json: unknown;
      try {
        json = JSON.parse(git(root, ['show', `${commit}:${at}`]));
      } catch {
        continue;
      }
      list.push({ commit, date, subject: subject.join('\t'), json });
    }
    // A commit that moved or reformatted the file without changing its data is no new measurement:
    // each content is kept once, at the oldest commit that has it (the log lists newest first).
    versions.set(path, list.filter((v, i) => i === list.length - 1 || JSON.stringify(v.json) !== JSON.stringify(list[i + 1].json)));
  }
  return { available: true, versions };
}
