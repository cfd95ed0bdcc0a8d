import { plural } from '@paradigm/core';
import { describeFailure } from '../compute/lexeme-failure';
import { IMPORT_FAILURES_BEFORE_STOP } from './import-lexicon';
import type { RunReport } from '../report/run-report';

/** Why an import rolled back for lexemes that do not generate, in the words every program that imports uses. */
export interface RolledBackImport {
  /** One line per failed lexeme (all of them, or the first ones), each naming the dictionary, the lexeme's id and lemma, the pattern and why. */
  readonly failures: readonly string[];
  /** What happened: how many failed, and that the old lexicon and forms in `database` are as they were. */
  readonly summary: string;
}

/**
 * Describes an `importLexicon` outcome rolled back as `failed-lexemes`: `report.failures` prefixed with
 * where each lexeme is written (`placeOf`, `FILE:LINE:COLUMN`, where the importer keeps it) or else the
 * dictionary's `source` (the file, or the pair of files, the lexemes were read from), and the sentence
 * that says nothing was changed.
 */
export function describeRolledBackImport(source: string, report: RunReport, database: string, placeOf?: (lexemeId: number) => string | undefined): RolledBackImport {
  const how = report.failed >= IMPORT_FAILURES_BEFORE_STOP ? `it stopped after ${plural(report.failed, 'failure')}` : `${report.failed} failed`;
  return {
    failures: report.failures.map((failure) => `${placeOf?.(failure.lexemeId) ?? source}: ${describeFailure(failure)}`),
    summary: `the import rolled back, as lexemes of ${source} could not be generated (${how}): the old lexicon and forms are as they were in ${database}.`,
  };
}
