export { parseApertium } from './parse-apertium';
export type { ApertiumLexicon } from './parse-apertium';
export { readApertiumFile } from './read-apertium-file';
export { decodeDix, DIX_ENCODING_NAMES } from './dix-encoding';
export { type ExpandApertiumOptions, expandApertium, expandApertiumBytes, expandApertiumText } from './expand-apertium';
export { formatLtExpand } from './format-lt-expand';
export { ApertiumDixError } from './apertium-error';
export { ApertiumFileError } from './apertium-file-error';
export type { DixPosition, DixProblem } from './apertium-error';
