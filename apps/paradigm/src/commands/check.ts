import { plural } from '@paradigm/core';
import { checkNativeLexicon } from '@paradigm/lexicons';
import { EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { readFiles } from './read-native';
import { countText, reportProblems } from './report-problems';

/** `paradigm check FILE.patterns... [LEXEMES.tsv]`: every problem, without touching a database. */
export const registerCheck: Register = (program, context, act) =>
  program
    .command('check')
    .summary('Report every problem of .patterns files (and a lexemes .tsv)')
    .description('Report every error and warning of pattern files (and a lexemes file), each with FILE:LINE:COLUMN and a fix. Exits 1 when there is an error.')
    .argument('<files...>', 'NAME.patterns files and at most one lexemes .tsv')
    .action(
      act(async (files: string[]) => {
        const native = readFiles(files);
        const counts = reportProblems(checkNativeLexicon(native).problems, context.stderr);
        context.stderr(`paradigm: ${plural(files.length, 'file')} checked: ${countText(counts)}\n`);
        return counts.errors > 0 ? EXIT.problems : EXIT.ok;
      }),
    );
