import { compileGrammar, generateInto, type Form } from '@paradigm/core';
import { type FormColumns } from '../shared/form-columns';
import type { Dataset } from '../micro/dataset';

/** One unit of work for a writer: replace the forms of `lexemeIds` with `forms`. */
export interface ReplaceBatch {
  readonly lexemeIds: number[];
  readonly forms: FormColumns;
}

/** Every lexeme's forms, generated once, so the matrix times only the database. */
export interface GeneratedForms {
  readonly lexemeIds: readonly number[];
  /** Forms of `lexemeIds[i]` are rows `offsets[i]` to `offsets[i + 1]` of `all`. */
  readonly offsets: readonly number[];
  readonly all: FormColumns;
}

/** Generates the forms of every lexeme of `dataset` (throws on patterns that do not compile). */
export function generateForms(dataset: Dataset): GeneratedForms {
  const { grammar, errors } = compileGrammar(dataset.patterns);
  if (errors.length > 0) throw new Error(`${dataset.name}: ${errors.length} pattern(s) do not compile, first: ${errors[0].message}`);
  const all: FormColumns = { lexemeIds: [], patternIds: [], cells: [], surfaces: [] };
  const sink = (f: Form) => {
    all.lexemeIds.push(f.lexemeId);
    all.patternIds.push(f.patternId);
    all.cells.push(f.cell);
    all.surfaces.push(f.surface);
  };
  const offsets = [0];
  for (const lexeme of dataset.lexemes) {
    generateInto(grammar, lexeme, sink);
    offsets.push(all.lexemeIds.length);
  }
  return { lexemeIds: dataset.lexemes.map((l) => l.id), offsets, all };
}

/** Splits the generated forms into batches of `batchSize` lexemes, as the worker batches them. */
export function batchesOf(forms: GeneratedForms, batchSize: number): ReplaceBatch[] {
  const out: ReplaceBatch[] = [];
  for (let i = 0; i < forms.lexemeIds.length; i += batchSize) {
    const end = Math.min(i + batchSize, forms.lexemeIds.length);
    const from = forms.offsets[i];
    const to = forms.offsets[end];
    out.push({
      lexemeIds: forms.lexemeIds.slice(i, end),
      forms: {
        lexemeIds: forms.all.lexemeIds.slice(from, to),
        patternIds: forms.all.patternIds.slice(from, to),
        cells: forms.all.cells.slice(from, to),
        surfaces: forms.all.surfaces.slice(from, to),
      },
    });
  }
  return out;
}
