export { main, processContext } from './lexicon-cli';
export type { Command, CommandContext } from './commands/command';
export { EXIT, RECOMPUTE_COMMAND } from './commands/command';
export { storeLexicon } from './commands/store-lexicon';
