import { plural } from '@paradigm/core';
import { checkSyntheticParams, SYNTHETIC_DEFAULTS, type SyntheticParams, syntheticLexicon } from '@paradigm/lexicons';
import { countLexemes, isAbortOf, lexiconStatus, loadLexicon, type LoadReport, type NamedLexeme } from '@paradigm/persistence';
import { DEFAULTS, installShutdown } from '@paradigm/recompute';
import { CommandFailure } from '../cli/command-failure';
import { addDatabaseOptions, withDatabase } from '../cli/database-options';
import { EXIT } from '../cli/context';
import { anyWholeNumber } from '../cli/number-options';
import type { Register } from '../cli/register';
import { interruptedText } from '../cli/interrupted-text';
import { onSameDatabase, RUN } from './recompute-hints';

interface SeedFlags {
  readonly lexemes: number;
  readonly patternsPerLexeme: number;
  readonly seed: number;
  readonly replace?: boolean;
  readonly dataDir?: string;
}

/** `paradigm seed [--lexemes N] [--patterns-per-lexeme K] [--seed S] [--replace]`. */
export const registerSeed: Register = (program, context, act) =>
  addDatabaseOptions(
    program
      .command('seed')
      .summary('Fill the lexicon with the deterministic synthetic one (to try things out, or to measure)')
      .description(
        'Load the synthetic lexicon (a Semitic-like language whose patterns use every feature of the pattern language; the same ' +
          'flags give the same lexicon on every machine) into the lexicon, as `load` loads files. Refuses a lexicon that is not ' +
          'empty unless --replace, which replaces all of it.',
      )
      .option('--lexemes <n>', 'how many lexemes', anyWholeNumber, SYNTHETIC_DEFAULTS.lexemes)
      .option('--patterns-per-lexeme <k>', 'how many patterns each lexeme takes', anyWholeNumber, SYNTHETIC_DEFAULTS.patternsPerLexeme)
      .option('--seed <s>', 'the seed of the generator', anyWholeNumber, SYNTHETIC_DEFAULTS.seed)
      .option('--replace', 'replace the lexicon (patterns, lexemes and forms) even when it is not empty'),
  ).action(
    act(async (flags: SeedFlags) => {
      const params: SyntheticParams = { lexemes: flags.lexemes, patternsPerLexeme: flags.patternsPerLexeme, seed: flags.seed };
      try {
        checkSyntheticParams(params);
      } catch (error) {
        throw new CommandFailure(EXIT.usage, (error as Error).message);
      }
      return withDatabase(flags, context, async (db) => {
        const existing = await countLexemes(db);
        if (existing > 0 && !flags.replace) {
          throw new CommandFailure(
            EXIT.problems,
            `the lexicon in ${db.description} holds ${plural(existing, 'lexeme')} and seeding replaces all of them; add --replace to do that, or seed another database (--data-dir DIR or DATABASE_URL)`,
          );
        }
        const lexicon = syntheticLexicon(params);
        const nameOf = new Map(lexicon.patterns.map((p) => [p.id, p.name]));
        const lexemes: NamedLexeme[] = [];
        for (const lexeme of lexicon.lexemes) lexemes.push({ ...lexeme, patterns: lexeme.patterns.map((id) => nameOf.get(id)!) });
        // Ctrl-C rolls the seed back (its one transaction) and says so, as it does a load, instead of ending the process
        // mid-statement. Installed once the lexicon is generated: until then a signal ends it at once, with nothing written.
        const shutdown = installShutdown(DEFAULTS.shutdownTimeoutMs, (line) => context.stderr(`paradigm: ${line}\n`));
        let report: LoadReport;
        try {
          report = await loadLexicon(
            db,
            { patterns: lexicon.patterns.map(({ name, source }) => ({ name, source })), lexemes },
            { replace: flags.replace === true, signal: shutdown.signal },
          );
        } catch (error) {
          if (!isAbortOf(shutdown.signal, error)) throw error;
          context.stderr(`paradigm: ${interruptedText('seed', db.description)}\n`);
          return EXIT.interrupted;
        } finally {
          shutdown.dispose();
        }
        const status = await lexiconStatus(db, 0);
        context.stderr(
          `paradigm: seeded ${lexicon.source} into ${db.description}: ${plural(report.patterns.added + report.patterns.changed + report.patterns.unchanged, 'pattern')}, ${plural(report.lexemes.added + report.lexemes.changed + report.lexemes.unchanged, 'lexeme')}\n` +
            `  queued for recompute: ${plural(status.queuedLexemes, 'lexeme')}, ${plural(status.queuedPatterns, 'pattern change')}; compute their forms with:\n    ${onSameDatabase(RUN, flags.dataDir)}\n`,
        );
        return EXIT.ok;
      });
    }),
  );
