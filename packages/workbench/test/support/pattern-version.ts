import { createHash } from 'node:crypto';

/** The version the API gives a pattern whose stored source is `source`: the MD5 of its UTF-8, in hex. */
export const versionOf = (source: string): string => createHash('md5').update(source, 'utf8').digest('hex');
