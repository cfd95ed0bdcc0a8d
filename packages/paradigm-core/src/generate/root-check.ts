import type { PatternProgram } from '../compile/compiled-pattern';
import type { GenerationError } from '../errors/generation-error';
import type { Lexeme } from '../model/lexeme';

/**
 * Checks the lexeme's root against every skeleton the pattern (or its continuations) uses, before any
 * form is generated, so a streaming sink never receives forms of a pattern that then fails.
 */
export function checkRoot(program: PatternProgram, lexeme: Lexeme, root: readonly string[] | undefined): GenerationError | undefined {
  const requirements = program.rootRequirements;
  if (requirements.length === 0) return undefined;
  const who = `lexeme ${lexeme.id} "${lexeme.lemma}"`;
  const error = (code: GenerationError['code'], message: string): GenerationError => ({ code, message, lexemeId: lexeme.id, patternId: program.id });
  const via = (name: string): string => (name === program.name ? `pattern "${name}"` : `pattern "${name}" (a continuation of "${program.name}")`);
  if (root === undefined) {
    const first = requirements[0];
    const what = first.skeleton ? `template "${first.skeleton.source}"` : 'redup radical';
    return error('missing-root', `${who}: ${via(first.patternName)} uses ${what}, which needs a root; give the lexeme a root such as k-t-b`);
  }
  if (root.length === 0 || root.some((radical) => radical === ''))
    return error('empty-root', `${who}: the root "${root.join('-')}" is empty or has an empty radical; ${via(program.name)} needs radicals such as k-t-b`);
  for (const { patternName, skeleton } of requirements) {
    if (!skeleton) continue;
    if (!skeleton.numbered && skeleton.radicals !== root.length)
      return error('slot-count',
        `${who}: template "${skeleton.source}" of ${via(patternName)} has ${skeleton.radicals} slots but the root "${root.join('-')}" has ${root.length} radicals; give the root ${skeleton.radicals} radicals or use a skeleton with ${root.length} slots`);
    if (skeleton.numbered && skeleton.radicals > root.length)
      return error('radical-index',
        `${who}: template "${skeleton.source}" of ${via(patternName)} uses C${skeleton.radicals} but the root "${root.join('-')}" has only ${root.length} radicals; fix the root or the skeleton`);
  }
  return undefined;
}
