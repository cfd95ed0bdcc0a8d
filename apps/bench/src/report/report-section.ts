import { escapeHtml } from './escape-html';

/** One `<section>` of the report: its anchor, heading and body. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly html: string;
}

/** The line standing in for an absent artifact: which file, and the command that makes it. */
export function missingArtifact(file: string, command: string): string {
  return `<p class="missing">No ${escapeHtml(file)}: run <code>${escapeHtml(command)}</code>, then <code>nx run bench:report</code>.</p>`;
}

/** A paragraph of text. */
export function paragraph(text: string, className = ''): string {
  return `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;
}
