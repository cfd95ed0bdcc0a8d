import { HunspellImportError } from './hunspell-import-error';
import { readHunspellFiles } from './read-hunspell-files';
import { streamHunspellBytes, type StreamHunspellOptions } from './stream-hunspell';

/** Where a streamed expansion stopped: the dictionary's error, and whether words were written before it. */
export interface StoppedExpansion {
  readonly error: HunspellImportError;
  /** True when `write` had taken words already: the output is then incomplete. */
  readonly afterOutput: boolean;
}

/**
 * Reads the .aff and .dic at these paths and writes their streamed expansion ({@link streamHunspellBytes})
 * chunk by chunk, awaiting `write` (a stream's backpressure). Resolves to `null` when every word is
 * written, or to where a problem of the files (one missing, say) stopped it; other errors (of `write`)
 * reject.
 */
export async function writeHunspellExpansion(aff: string, dic: string, write: (chunk: Uint8Array) => Promise<void>, options: StreamHunspellOptions = {}): Promise<StoppedExpansion | null> {
  let afterOutput = false;
  try {
    for (const chunk of streamHunspellBytes(readHunspellFiles(aff, dic), options)) {
      afterOutput = true;
      await write(chunk);
    }
    return null;
  } catch (error) {
    if (error instanceof HunspellImportError) return { error, afterOutput };
    throw error;
  }
}
