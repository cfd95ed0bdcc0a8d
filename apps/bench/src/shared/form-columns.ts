import type { FormRows, FormWriter } from '@paradigm/persistence';

/** Generated forms in columns, before a writer's rows take them. */
export interface FormColumns {
  readonly lexemeIds: number[];
  readonly patternIds: number[];
  readonly cells: string[];
  readonly surfaces: string[];
}

/** `forms` added to new rows of `writer`, as a generator adds them (the `copy` writer encodes them as they come). */
export function rowsOf<R extends FormRows>(writer: FormWriter<R>, forms: FormColumns): R {
  const rows = writer.newRows();
  for (let i = 0; i < forms.lexemeIds.length; i += 1) rows.add(forms.lexemeIds[i]!, forms.patternIds[i]!, forms.cells[i]!, forms.surfaces[i]!);
  return rows;
}
