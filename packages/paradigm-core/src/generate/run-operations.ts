import { applyScheme } from '../compile/ablaut-scheme';
import { OP_ABLAUT, OP_PREFIX, OP_REDUP, OP_SUFFIX, OP_TEMPLATE, type Operation } from '../compile/operation';
import { fillSkeleton } from '../compile/skeleton';
import type { TextRules } from '../text/normalization';
import { reduplicant } from './reduplication';

/**
 * Runs a rule's operations on `input`; null when a condition, strip, scheme or reduplication does
 * not apply. The root was checked against every skeleton before generation started.
 */
export function runOperations(operations: readonly Operation[], input: string, root: readonly string[] | undefined, text: TextRules): string | null {
  let form = input;
  for (let k = 0; k < operations.length; k++) {
    const op = operations[k];
    switch (op.kind) {
      case OP_SUFFIX:
        if (op.condition !== null && !op.condition.test(form)) return null;
        if (op.strip.length > 0) {
          if (!form.endsWith(op.strip)) return null;
          form = form.slice(0, form.length - op.strip.length);
        }
        form = text.join(form, op.add);
        break;
      case OP_PREFIX:
        if (op.condition !== null && !op.condition.test(form)) return null;
        if (op.strip.length > 0) {
          if (!form.startsWith(op.strip)) return null;
          form = form.slice(op.strip.length);
        }
        form = text.join(op.add, form);
        break;
      case OP_ABLAUT: {
        const changed = applyScheme(op.scheme, form, text.normalize);
        if (changed === null) return null;
        form = changed;
        break;
      }
      case OP_REDUP: {
        const copy = reduplicant(op.redup, form, op.vowels, root);
        if (copy === null) return null;
        form = op.after ? text.join(form, copy) : text.join(copy, form);
        break;
      }
      case OP_TEMPLATE:
        form = fillSkeleton(op.skeleton, root!, text.normalize);
        break;
    }
  }
  return form;
}
