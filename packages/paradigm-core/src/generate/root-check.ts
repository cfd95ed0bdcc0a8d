import type { PatternProgram, RootRequirement } from '../compile/compiled-pattern';
import type { GenerationError } from '../errors/generation-error';
import type { Lexeme } from '../model/lexeme';
import { lexemeLabel } from '../text/lexeme-label';

/**
 * Checks the lexeme's root against every skeleton the pattern (or its continuations) uses, before any
 * form is generated, so a streaming sink never receives forms of a pattern that then fails. Runs once
 * per lexeme and pattern: messages are only built when there is an error.
 */
export function checkRoot(program: PatternProgram, lexeme: Lexeme, root: readonly string[] | undefined): GenerationError | undefined {
  const requirements = program.rootRequirements;
  if (requirements.length === 0) return undefined;
  if (root === undefined) return missingRoot(program, lexeme, requirements[0]);
  if (root.length === 0) return emptyRoot(program, lexeme, root);
  for (let r = 0; r < root.length; r++) if (root[r] === '') return emptyRoot(program, lexeme, root);
  for (let k = 0; k < requirements.length; k++) {
    const { skeleton } = requirements[k];
    if (skeleton === undefined) continue;
    if (skeleton.numbered ? skeleton.radicals > root.length : skeleton.radicals !== root.length)
      return misfit(program, lexeme, root, requirements[k]);
  }
  return undefined;
}

function who(lexeme: Lexeme): string {
  return lexemeLabel(lexeme.id, lexeme.lemma);
}

function via(program: PatternProgram, name: string): string {
  return name === program.name ? `pattern "${name}"` : `pattern "${name}" (a continuation of "${program.name}")`;
}

function error(program: PatternProgram, lexeme: Lexeme, code: GenerationError['code'], message: string): GenerationError {
  return { code, message, lexemeId: lexeme.id, patternId: program.id };
}

function missingRoot(program: PatternProgram, lexeme: Lexeme, first: RootRequirement): GenerationError {
  const what = first.skeleton ? `template "${first.skeleton.source}"` : 'redup radical';
  return error(program, lexeme, 'missing-root',
    `${who(lexeme)}: ${via(program, first.patternName)} uses ${what}, which needs a root; give the lexeme a root such as k-t-b`);
}

function emptyRoot(program: PatternProgram, lexeme: Lexeme, root: readonly string[]): GenerationError {
  return error(program, lexeme, 'empty-root',
    `${who(lexeme)}: the root "${root.join('-')}" is empty or has an empty radical; ${via(program, program.name)} needs radicals such as k-t-b`);
}

function misfit(program: PatternProgram, lexeme: Lexeme, root: readonly string[], { patternName, skeleton }: RootRequirement): GenerationError {
  const { source, radicals } = skeleton!;
  if (!skeleton!.numbered)
    return error(program, lexeme, 'slot-count',
      `${who(lexeme)}: template "${source}" of ${via(program, patternName)} has ${radicals} slots but the root "${root.join('-')}" has ${root.length} radicals; give the root ${radicals} radicals or use a skeleton with ${root.length} slots`);
  return error(program, lexeme, 'radical-index',
    `${who(lexeme)}: template "${source}" of ${via(program, patternName)} uses C${radicals} but the root "${root.join('-')}" has only ${root.length} radicals; fix the root or the skeleton`);
}
