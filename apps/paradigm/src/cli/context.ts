import type { Database, OpenOptions } from '@paradigm/persistence';
import type { ProgressStream } from '@paradigm/recompute';

/** Where a command writes and how it reaches the database (tests pass their own). */
export interface CliContext {
  /** Standard output (text, or UTF-8 bytes); resolves when it is handed to the stream. */
  readonly stdout: (text: string | Uint8Array) => Promise<void>;
  /** Messages for people: results, problems, errors. */
  readonly stderr: (text: string) => void;
  /** The environment the command reads (`PARADIGM_DATA_DIR`; `DATABASE_URL` is read by persistence). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Opens the database the options select; the command closes it. */
  readonly openDatabase: (options: OpenOptions) => Promise<Database>;
  /** Where `recompute` and `run` draw progress (a bar when it is a terminal); default: JSON lines to `stderr`. */
  readonly progressStream?: ProgressStream;
}

/** Exit codes, as `paradigm --help` lists them. */
export const EXIT = { ok: 0, problems: 1, usage: 2, database: 3, interrupted: 130 } as const;
