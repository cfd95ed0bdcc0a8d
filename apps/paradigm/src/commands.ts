import type { Register } from './cli/register';

/**
 * The subcommands, in the order `paradigm --help` lists them, each with the names it answers to and how
 * to load its register function. A command's module (and with it persistence, recompute, the lexicon
 * readers or the workbench) is loaded only when that command runs: `paradigm expand` never loads the
 * database driver, `paradigm show` never loads the dictionary readers.
 */
const COMMANDS: readonly { readonly names: readonly string[]; readonly load: () => Register }[] = [
  { names: ['load'], load: () => (require('./commands/load') as typeof import('./commands/load')).registerLoad },
  { names: ['run'], load: () => (require('./commands/run') as typeof import('./commands/run')).registerRun },
  { names: ['recompute'], load: () => (require('./commands/recompute') as typeof import('./commands/recompute')).registerRecompute },
  { names: ['show'], load: () => (require('./commands/show') as typeof import('./commands/show')).registerShow },
  { names: ['analyse', 'analyze'], load: () => (require('./commands/analyse') as typeof import('./commands/analyse')).registerAnalyse },
  { names: ['generate'], load: () => (require('./commands/generate') as typeof import('./commands/generate')).registerGenerate },
  { names: ['check'], load: () => (require('./commands/check') as typeof import('./commands/check')).registerCheck },
  { names: ['form-limit'], load: () => (require('./commands/form-limit') as typeof import('./commands/form-limit')).registerFormLimit },
  { names: ['status'], load: () => (require('./commands/status') as typeof import('./commands/status')).registerStatus },
  { names: ['import'], load: () => (require('./commands/import') as typeof import('./commands/import')).registerImport },
  { names: ['expand'], load: () => (require('./commands/expand') as typeof import('./commands/expand')).registerExpand },
  { names: ['seed'], load: () => (require('./commands/seed') as typeof import('./commands/seed')).registerSeed },
  { names: ['export'], load: () => (require('./commands/export') as typeof import('./commands/export')).registerExport },
  { names: ['migrate'], load: () => (require('./commands/migrate') as typeof import('./commands/migrate')).registerMigrate },
  { names: ['serve'], load: () => (require('./commands/serve') as typeof import('./commands/serve')).registerServe },
];

/**
 * The register functions a command line needs: only its command's when it starts with a command's name;
 * every one otherwise (`paradigm --help` lists them all, a mistyped name gets the nearest as a suggestion).
 */
export function registersFor(argv: readonly string[]): Register[] {
  const named = COMMANDS.find((command) => command.names.includes(argv[0] ?? ''));
  return (named ? [named] : COMMANDS).map((command) => command.load());
}
