import { plural } from '@paradigm/core';
import { describeFailure } from '../compute/lexeme-failure';
import type { RebuildMilestones, RunReport, SharedRebuildPart } from './run-report';

/** What a summary tells its reader to do next, in the words of the program that ran. */
export interface SummaryCommands {
  /** The command that drains the recompute queue, e.g. `worker run`. */
  readonly run: string;
  /** The sentence for a recompute that found no lexemes: how to fill the database. */
  readonly fill: string;
}

/**
 * The end-of-run summary, one fact per line: what was done, how fast, and every pattern and lexeme
 * that failed with why (their old forms were kept).
 */
export function formatSummary(report: RunReport, commands: SummaryCommands): string {
  const run = commands.run;
  const seconds = report.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(report.forms / seconds) : 0;
  const lines = [
    `${report.command}${report.interrupted ? ' (interrupted)' : ''}: ${plural(report.lexemes, 'lexeme')}, ${plural(report.forms, 'form')} in ${seconds.toFixed(2)} s ` +
      `(${rate} forms/s), ${plural(report.batches, 'batch', 'batches')}, peak RSS ${report.peakRssMb} MB; writer ${report.writer}, batch size ${report.batchSize}, concurrency ${report.concurrency}; ${report.database}`,
  ];
  if (report.rebuiltByAnother) {
    lines.push(
      `Another process (a \`recompute --all\`, or a \`run\` that found most of the lexicon queued) rebuilt every form while this one waited for it: nothing left to do (edits made since are queued for \`${run}\`).`,
    );
  } else if (report.sharedRebuild) {
    lines.push(sharedRebuildLine(report, report.sharedRebuild));
  } else if (report.command === 'run' && report.milestones !== undefined) {
    lines.push(rebuiltQueueLine(report.milestones, run));
  } else if (report.command === 'recompute' && report.milestones !== undefined && report.interrupted) {
    lines.push('The rebuild stopped before the new table was swapped in: every form is as it was before it, and nothing it computed was kept.');
  } else if (report.command === 'recompute' && report.lexemes === 0 && report.failed === 0 && !report.interrupted) {
    lines.push(`No lexemes to recompute in ${report.database}. ${commands.fill}`);
  }
  if (report.requeued > 0) {
    const one = report.requeued === 1;
    lines.push(`${plural(report.requeued, 'lexeme')} changed while the recompute ran and ${one ? 'was' : 'were'} queued instead: \`${run}\` recomputes ${one ? 'it' : 'them'}.`);
  }
  for (const problem of report.patternProblems) {
    lines.push(`pattern "${problem.patternName}" (id ${problem.patternId}) left out: ${problem.message}`);
  }
  for (const failure of report.failures) lines.push(`failed: ${describeFailure(failure)}; old forms kept`);
  if (report.failed > report.failures.length) {
    lines.push(`... and ${plural(report.failed - report.failures.length, 'more failed lexeme')} (see the recompute_failures table)`);
  }
  if (report.failed > 0 || report.patternProblems.length > 0) {
    lines.push(
      `${plural(report.failed, 'lexeme')} failed, ${plural(report.patternProblems.length, 'pattern')} left out. Fix them, then \`${run}\` ` +
        `picks up the edits (or \`${run} --retry-failed\` retries the failed lexemes).`,
    );
  }
  return lines.join('\n') + '\n';
}

/** What this process did in a shared rebuild: a process that only resumed one left behind may have copied nothing and still swapped. */
function sharedRebuildLine(report: RunReport, part: SharedRebuildPart): string {
  const how = part.joined ? 'Joined the shared rebuild registered before this run' : 'Registered a shared rebuild';
  const copied = `copied ${plural(part.rangesCopied, 'range')} (${plural(report.lexemes, 'lexeme')}, ${plural(report.forms, 'form')})`;
  const end = part.swapped
    ? 'built the indexes and swapped the new forms in'
    : report.interrupted
      ? 'stopped before the swap; the copied ranges stay for the next `recompute --all --shared`'
      : 'another process swapped the new forms in';
  return `${how}: ${copied}, ${end}.`;
}

/** How the summary line of a `run` that rebuilt a queue of most of the lexicon begins (programs that read the summary look for it). */
export const REBUILT_QUEUE_SUMMARY = 'The queue held most of the lexicon: ';

/** What a `run` that found most of the lexicon queued did: rebuilt every lexeme's forms, or stopped before that rebuild committed. */
function rebuiltQueueLine(milestones: RebuildMilestones, run: string): string {
  const how = milestones.committed === undefined
    ? 'stopped before the new table was swapped in: the old forms stay, their lexemes still queued'
    : 'swapped in, then what was edited meanwhile was computed';
  return `${REBUILT_QUEUE_SUMMARY}every lexeme's forms were rebuilt into a new table, ${how} (\`${run} --no-rebuild\` keeps to batches).`;
}
