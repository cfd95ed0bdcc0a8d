import { readFileSync } from 'node:fs';
import { type Command } from 'commander';
import { ApertiumDixError, HunspellImportError, type ImportedLexicon, parseApertium, parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { countLexemes, replaceLexicon } from '@paradigm/persistence';
import { CommandFailure } from '../cli/command-failure';
import { addDatabaseOptions, withDatabase } from '../cli/database-options';
import { type CliContext, EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { onSameDatabase, RECOMPUTE_ALL } from './recompute-hints';

interface ImportFlags {
  readonly replace?: boolean;
  readonly dataDir?: string;
}

/** `paradigm import hunspell FILE.aff FILE.dic` and `paradigm import apertium FILE.dix`. */
export const registerImport: Register = (program, context, act) => {
  const command = program.command('import').summary('Replace the lexicon with a Hunspell or Apertium dictionary').description('Replace the lexicon with a Hunspell or Apertium dictionary (needs --replace when the lexicon is not empty).');
  importCommand(command, 'hunspell', 'Import a Hunspell dictionary (.aff + .dic).')
    .argument('<aff>', 'the .aff file')
    .argument('<dic>', 'the .dic file')
    .option('--strict', 'fail on what libhunspell reads past (flags nothing defines, a class whose count disagrees with its rules) instead of warning')
    .action(act(async (aff: string, dic: string, flags: ImportFlags & { strict?: boolean }) => store(readHunspell(aff, dic, flags.strict === true, context), flags, context)));
  importCommand(command, 'apertium', 'Import an Apertium monolingual dictionary (.dix).')
    .argument('<dix>', 'the .dix file')
    .action(act(async (dix: string, flags: ImportFlags) => store(readApertium(dix), flags, context)));
  return command;
};

function importCommand(parent: Command, format: string, description: string): Command {
  return addDatabaseOptions(parent.command(format).description(description).option('--replace', 'replace the lexicon even when it is not empty'));
}

function readHunspell(aff: string, dic: string, strict: boolean, context: CliContext): ImportedLexicon {
  try {
    const lexicon = parseHunspell(readHunspellFiles(aff, dic), { strict });
    for (const { file, line, problem } of lexicon.warnings) context.stderr(`paradigm: warning: ${file}:${line}: ${problem}\n`);
    for (const { flag, file, line } of lexicon.ignoredFlags) context.stderr(`paradigm: ignored unknown flag "${flag}" (first at ${file}:${line}), as libhunspell ignores it; --strict makes it an error\n`);
    return lexicon;
  } catch (error) {
    if (error instanceof HunspellImportError) throw new CommandFailure(EXIT.problems, `${error.message}\nnothing was imported`);
    throw error;
  }
}

function readApertium(dix: string): ImportedLexicon {
  let text: string;
  try {
    text = readFileSync(dix, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new CommandFailure(EXIT.problems, missing ? `${dix}: no such file; check the path` : `${dix}: cannot be read (${(error as Error).message})`);
  }
  try {
    return parseApertium(text, dix);
  } catch (error) {
    if (error instanceof ApertiumDixError) throw new CommandFailure(EXIT.problems, `${error.message}\n${dix} has ${error.problems.length} problem(s); nothing was imported`);
    throw error;
  }
}

async function store(lexicon: ImportedLexicon, flags: ImportFlags, context: CliContext): Promise<number> {
  return withDatabase(flags, context, async (db) => {
    const existing = await countLexemes(db);
    if (existing > 0 && !flags.replace) {
      throw new CommandFailure(
        EXIT.problems,
        `the lexicon in ${db.description} holds ${existing} lexemes and importing replaces all of them; add --replace to do that, or import into another database (--data-dir DIR or DATABASE_URL)`,
      );
    }
    // The change triggers would queue every lexeme; a full recompute follows anyway.
    const counts = await replaceLexicon(db, { patterns: lexicon.patterns, lexemes: lexicon.lexemes }, { skipTriggers: true });
    context.stderr(
      `paradigm: imported ${lexicon.source} (${lexicon.format}) into ${db.description}: ${counts.patterns} patterns, ${counts.lexemes} lexemes, ${counts.links} lexeme-pattern links.\n` +
        `The forms table is empty now; compute the forms with:\n  ${onSameDatabase(RECOMPUTE_ALL, flags.dataDir)}\n`,
    );
    return EXIT.ok;
  });
}
