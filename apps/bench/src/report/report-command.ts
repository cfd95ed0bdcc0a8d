import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { ARTIFACTS } from '../artifacts/artifact-paths';
import { loadReportInputs } from './load-report-inputs';
import { renderReport } from './render-report';

/** `bench report [--root DIR] [--out FILE]`: writes the HTML report from the artifacts under DIR. */
export function reportCommand(argv: readonly string[]): number {
  const args = parseArgs(argv);
  rejectUnknownFlags(args, ['root', 'out'], 'bench report');
  const root = stringFlag(args, 'root', findWorkspaceRoot());
  const out = stringFlag(args, 'out', join(root, ARTIFACTS.report));
  const html = renderReport(loadReportInputs(root, new Date().toISOString()));
  writeFileSync(out, html);
  console.log(`wrote ${out} (${html.length} bytes)`);
  return 0;
}
