export { parseApertium } from './parse-apertium';
export { expandApertium, expandApertiumText } from './expand-apertium';
export { formatLtExpand } from './format-lt-expand';
export { ApertiumDixError } from './apertium-error';
export type { DixPosition, DixProblem } from './apertium-error';
