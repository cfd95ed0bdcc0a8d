import type { Database } from '@paradigm/persistence';

/** Where a command writes, and how it reaches the database (tests pass their own). */
export interface CommandContext {
  /**
   * Standard output; resolves when the text is handed to the stream (waits for it to drain). Bytes are
   * UTF-8 text that the caller may overwrite once this resolves.
   */
  readonly stdout: (text: string | Uint8Array) => Promise<void>;
  /** Messages for people: progress, results, errors. */
  readonly stderr: (text: string) => void;
  /** Opens the configured database; the command closes it. */
  readonly openDatabase: () => Promise<Database>;
}

/** One `lexicon <action> <format>` command: resolves to the process exit code. `flags` are the format's flags given. */
export type Command = (files: readonly string[], context: CommandContext, flags: readonly string[]) => Promise<number>;

/** Exit codes, as `--help` lists them; `internal` (sysexits' EX_SOFTWARE) is a bug in this program. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, database: 3, internal: 70 } as const;

/** The message for an error this program did not expect: its stack, for a bug report. */
export function crashMessage(error: unknown): string {
  return `lexicon: unexpected error (a bug; please report it): ${(error as Error)?.stack ?? String(error)}\n`;
}

/** The command that fills the forms table after an import. */
export const RECOMPUTE_COMMAND = 'paradigm recompute --all';
