import { plural } from '@paradigm/core';
import { type StreamedLexicon, unstorablePatternName } from '@paradigm/lexicons';
import { replaceLexicon } from '@paradigm/persistence';
import { EXIT, RECOMPUTE_COMMAND, type CommandContext } from './command';

/**
 * Replaces the database's lexicon with `lexicon` (one transaction; the forms table is left empty) and
 * tells the user how to recompute the forms. Shared by every `import` command.
 */
export async function storeLexicon(lexicon: StreamedLexicon, context: CommandContext): Promise<number> {
  const unstorable = unstorablePatternName(lexicon);
  if (unstorable !== undefined) {
    context.stderr(`${unstorable}\nlexicon: stopped; nothing was imported.\n`);
    return EXIT.badInput;
  }
  let db;
  try {
    db = await context.openDatabase();
  } catch (error) {
    context.stderr(`lexicon: cannot open the database: ${(error as Error).message}\n`);
    return EXIT.database;
  }
  try {
    // The worker's change triggers would queue every lexeme; a full recompute follows anyway.
    const counts = await replaceLexicon(db, { patterns: lexicon.patterns, lexemes: lexicon.lexemes }, { skipTriggers: true });
    context.stderr(
      `lexicon: imported ${lexicon.source} (${lexicon.format}) into ${db.description}: ` +
        `${plural(counts.patterns, 'pattern')}, ${plural(counts.lexemes, 'lexeme')}, ${plural(counts.links, 'lexeme-pattern link')}.\n` +
        `The forms table is empty now. Generate the forms (with the same DATABASE_URL or PARADIGM_DATA_DIR, if you set one):\n  ${RECOMPUTE_COMMAND}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    context.stderr(`lexicon: import into ${db.description} failed, the old lexicon is unchanged: ${(error as Error).message}\n`);
    return EXIT.database;
  } finally {
    await db.close();
  }
}
