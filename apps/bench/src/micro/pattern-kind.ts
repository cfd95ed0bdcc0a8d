import type { PatternSource } from '@paradigm/core';
import type { PatternKind } from '../artifacts/micro-baseline';

const RULE = /^\s*rule\b(.*)$/gm;

/**
 * The kind of a pattern, read from its source (docs/patterns.md): the first of template,
 * reduplication, ablaut, continuation (a rule with `> NEXT` after its cell) that any rule uses,
 * else affix. A pattern mixing kinds counts as its most specific one, so each task measures the
 * operation it is named for.
 */
export function patternKind(source: PatternSource): Exclude<PatternKind, 'mixed'> {
  const rules = [...source.source.matchAll(RULE)].map((m) => m[1]);
  const ops = rules.map((r) => r.split('=>')[0]);
  if (ops.some((o) => /(^|\s)template\s/.test(o))) return 'template';
  if (ops.some((o) => /(^|\s)redup\s/.test(o))) return 'reduplication';
  if (ops.some((o) => /(^|\s)ablaut\s/.test(o))) return 'ablaut';
  if (rules.some((r) => /=>[^>[]*>\s*[^\s[]/.test(r))) return 'continuation';
  return 'affix';
}
