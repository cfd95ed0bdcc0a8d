/**
 * Limits of libxml2 2.9, which lt-expand reads a .dix with, without `XML_PARSE_HUGE`: past one it stops
 * with a parser error, and lt-expand exits with the lines it has printed, or with none. Measured with
 * lt-expand 3.7.1.
 */

/**
 * The deepest an element may be nested, the root counting as 1 ("Excessive depth in document"): 257
 * levels read, 258 refused, inside a section and inside a pardef alike.
 */
export const DEEPEST_ELEMENT = 257;

/**
 * The most bytes (UTF-8) of text between two tags, entity references included ("xmlSAX2Characters: huge
 * text node"): 10,000,000 read, one more refused, in an `<i>` and between entries alike.
 */
export const LONGEST_TEXT_BYTES = 10_000_000;

/**
 * UTF-16 code units below which a text cannot pass {@link LONGEST_TEXT_BYTES}: one unit is at most 3
 * bytes of UTF-8. Longer runs are read where their bytes are counted.
 */
export const TEXT_UNITS_BELOW_LIMIT = Math.floor(LONGEST_TEXT_BYTES / 3);
