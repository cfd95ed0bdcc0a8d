/**
 * The deepest an element may be nested, the root counting as 1, in a file lt-expand reads: libxml2 2.9,
 * without `XML_PARSE_HUGE`, stops at an element nested deeper ("Excessive depth in document: 256"), and
 * lt-expand then exits with the lines it has printed, or with none (measured with lt-expand 3.7.1: 257
 * levels read, 258 refused, inside a section and inside a pardef alike).
 */
export const DEEPEST_ELEMENT = 257;
