import type { Connection } from '../connection/connection';

/**
 * Forms collected for one write, in the representation of the writer that made them (see
 * `FormWriter.newRows`), and the way to send them: a generator adds rows one at a time as it produces
 * them, so no per-row objects are kept (the `copy` writer's rows are COPY text already, in buffers
 * outside the JavaScript heap), and `write` sends exactly what was added, so a writer is never handed
 * rows it cannot send.
 */
export interface FormRows {
  /** Rows added so far (minus those rolled back). */
  readonly count: number;
  /**
   * About the bytes these rows hold (the `copy` writer's COPY text, an estimate for columns): what bounds
   * a batch beside its {@link count}, since a row of a long analysis takes many times a short form's.
   */
  readonly bytes: number;
  add(lexemeId: number, patternId: number, cell: string, surface: string, position?: number, analysis?: string | null): void;
  /** Remembers the current end, so {@link rollback} can drop what comes after (one lexeme's rows: all or nothing). */
  mark(): void;
  /** Drops every row added since the last {@link mark} (all of them if there was none). */
  rollback(): void;
  /**
   * Inserts the rows into `forms` inside the caller's transaction `tx`; resolves to the number of rows
   * written. With `replacing`, first deletes every form of those lexemes, in the same statement where
   * the representation allows it (one round trip instead of two or three: see `CopyRows`); the caller
   * holds their locks (`replaceForms` takes them). Without it, it only inserts (`replaceIdRange`
   * deletes its range itself).
   */
  write(tx: Connection, replacing?: readonly number[]): Promise<number>;
  /**
   * The statement that sent these rows has ended, and they are not wanted again: what holds them may
   * be used for other rows (the `copy` writer's buffers go back to its pool). The rows are gone.
   */
  recycle(): void;
}
