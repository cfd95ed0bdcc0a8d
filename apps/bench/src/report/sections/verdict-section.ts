import { renderTable } from '../data-table';
import { escapeHtml } from '../escape-html';
import { formatDate } from '../format-number';
import type { ReportInputs } from '../report-inputs';
import { paragraph, type ReportSection } from '../report-section';
import { reportDecisions, reportGoals, type GoalStatus } from '../verdict';

const STATUS_CLASS: Record<GoalStatus, string> = { met: 'met', 'not met': 'not-met', 'partly met': 'partly', 'not comparable': 'unknown', 'not measured': 'unknown' };

/** The verdict at the top: each goal the artifacts record, measured against it, met or not, with load and date. */
export function verdictSection(inputs: ReportInputs): ReportSection {
  const goals = reportGoals(inputs);
  const count = (s: GoalStatus) => goals.filter((g) => g.status === s).length;
  const parts: string[] = [];
  if (goals.length === 0) {
    parts.push(paragraph('No artifact records a goal yet.', 'missing'));
  } else {
    const summary = [`${count('met')} of ${goals.length} goals met`, count('partly met') ? `${count('partly met')} partly` : '', count('not met') ? `${count('not met')} not met` : '', count('not comparable') + count('not measured') ? `${count('not comparable') + count('not measured')} without a comparable measurement` : ''].filter(Boolean).join(', ');
    parts.push(`<p class="verdict-summary">${escapeHtml(summary)}.</p>`);
    const rows = goals.map((g) => [g.goal, g.measured, g.target, g.status, g.load, formatDate(g.date), g.artifact]);
    parts.push(renderTable({ headers: ['goal', 'measured', 'target', 'verdict', 'load', 'measured on', 'artifact'], rows }, 'verdict', goals.map((g) => STATUS_CLASS[g.status])));
  }
  for (const d of reportDecisions(inputs)) parts.push(paragraph(`Decision (${d.artifact}, ${formatDate(d.date)}): ${d.decision}. ${d.reason}`, 'decision'));
  return { id: 'verdict', title: 'Verdict', html: parts.join('\n') };
}
