import { GENERATION, plural } from '@paradigm/core';
import { lexiconStatus, type RebuildStatus } from '@paradigm/persistence';
import { addDatabaseOptions, withExistingDatabase } from '../cli/database-options';
import { EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { alignColumns } from '../format/paradigm-table';

/** `paradigm status [--json]`. */
export const registerStatus: Register = (program, context, act) =>
  addDatabaseOptions(
    program
      .command('status')
      .summary('Print counts, the recompute queue and failures')
      .description("Print how many lexemes, patterns and forms are stored, what waits in the recompute queue, the failures with their reasons, the lexicon's form limit, and the generation of paradigm the forms are computed with (what to run when it is not this one's).")
      .option('--json', 'print the status as JSON'),
  ).action(
    act(async (flags: { json?: boolean; dataDir?: string }) =>
      withExistingDatabase(flags, context, async (db) => {
        // Waiting while an import holds the lexicon, it names who holds it (recompute, for the text, loaded only then).
        const status = await lexiconStatus(db, undefined, (holders) => {
          const { lockWaitText } = require('@paradigm/recompute') as typeof import('@paradigm/recompute');
          context.stderr(`paradigm: ${lockWaitText(holders, db.description, 'status')}\n`);
        });
        if (flags.json) {
          await context.stdout(`${JSON.stringify({ database: db.description, ...status }, null, 2)}\n`);
          return EXIT.ok;
        }
        const rows = [
          ['database', db.description],
          ['lexemes', String(status.lexemes)],
          ['patterns', String(status.patterns)],
          ['forms', String(status.forms)],
          ['queued', `${plural(status.queuedLexemes, 'lexeme')}, ${plural(status.queuedPatterns, 'pattern change')}`],
          ['rebuild', describeRebuild(status.rebuild)],
          ['failed', String(status.failed)],
          ['form limit', status.formLimit === null ? 'none' : `${plural(status.formLimit, 'form')} per lexeme`],
          ['generation', describeGeneration(status.formsGeneration, status.forms)],
        ];
        // The worker's reasons name the lexeme already.
        const failures = status.failures.map((f) => `  ${f.reason.startsWith(`lexeme ${f.lexemeId} `) ? '' : `lexeme ${f.lexemeId}: `}${f.reason}`);
        const more = status.failed > status.failures.length ? [`  ... and ${status.failed - status.failures.length} more`] : [];
        await context.stdout(`${[...alignColumns(rows), ...failures, ...more].join('\n')}\n`);
        return EXIT.ok;
      }),
    ),
  );

/** The status's `generation` line: whose forms are stored, and what a newer paradigm does about it. */
function describeGeneration(stored: number | null, forms: number): string {
  if (stored === GENERATION) return String(stored);
  if (stored === null && forms === 0) return `none yet (no forms); this paradigm computes generation ${GENERATION}`;
  if (stored !== null && stored > GENERATION) return `${stored}, of a later paradigm than this one (${GENERATION}): upgrade it before \`run\`, \`recompute\` or \`import\``;
  return `${stored ?? 'unrecorded'}; this paradigm computes generation ${GENERATION}: \`run\` or \`recompute --all\` computes every form again`;
}

/** The status's `rebuild` line: what is registered, and what readers see meanwhile. */
function describeRebuild(rebuild: RebuildStatus | null): string {
  if (rebuild === null) return 'none';
  if (rebuild.kind === 'one-process') return `under way since ${rebuild.startedAt} (session ${rebuild.pid}); readers see the old forms until it swaps`;
  return (
    `shared, ${rebuild.rangesDone} of ${plural(rebuild.ranges, 'range')} copied, registered ${rebuild.startedAt}; \`paradigm recompute --all --shared\` ` +
    'finishes it (running processes, or new ones), and `run` computes batch by batch meanwhile'
  );
}
