export { main, processContext, runFromProcess } from './main';
export type { CliContext } from './cli/context';
export { EXIT } from './cli/context';
