import { createHash } from 'node:crypto';
import { compilePattern, type PatternSource, PatternSyntaxError } from '@paradigm/core';

/**
 * `patterns.compiled_hash`: sha256 (hex) of paradigm-core's compiled fingerprint, so two sources that
 * compile the same (comments, spacing, quoting aside) hash the same and an edit that changes nothing
 * compiled can be recognised. A pattern that does not compile is still stored (the worker reports it);
 * its hash is of its source text, marked as such.
 */
export function compiledHash(pattern: PatternSource): string {
  let fingerprint: string;
  try {
    fingerprint = compilePattern(pattern).fingerprint;
  } catch (error) {
    if (!(error instanceof PatternSyntaxError)) throw error;
    fingerprint = `invalid\n${pattern.source}`;
  }
  return fingerprintHash(fingerprint);
}

/**
 * The `compiled_hash` of a pattern that compiles with paradigm-core's default options, from its
 * fingerprint as compiling gave it (`CompileOptions.onFingerprint`).
 */
export function fingerprintHash(fingerprint: string): string {
  return createHash('sha256').update(fingerprint).digest('hex');
}
