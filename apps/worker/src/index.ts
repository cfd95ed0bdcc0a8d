export { main, EXIT, SUMMARY_COMMANDS } from './main';
export { parseCommandLine, type ParsedCommandLine } from './cli/parse-command-line';
export type { CommandLineConfig, ProcessSettings } from './cli/command-line-config';
export { UsageError } from './cli/usage-error';
