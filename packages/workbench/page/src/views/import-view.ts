import { api, ApiError, onServerEvent } from '../api';
import { h, replace } from '../dom';
import type { View } from './view';

/** `#/import`: upload a Hunspell (.aff + .dic) or Apertium (.dix) dictionary; shows its progress. */
export const importView: View = (main) => {
  const format = h('select', { id: 'import-format', name: 'format' }, h('option', { value: 'hunspell' }, 'Hunspell (.aff + .dic)'), h('option', { value: 'apertium' }, 'Apertium (.dix)'));
  const aff = h('input', { id: 'import-aff', type: 'file', name: 'aff', accept: '.aff' });
  const dic = h('input', { id: 'import-dic', type: 'file', name: 'dic', accept: '.dic' });
  const dix = h('input', { id: 'import-dix', type: 'file', name: 'dix', accept: '.dix,.xml' });
  const replaceBox = h('input', { id: 'import-replace', type: 'checkbox', name: 'replace' });
  const strict = h('input', { id: 'import-strict', type: 'checkbox', name: 'strict' });
  const progress = h('progress', { id: 'import-progress', max: 1, value: 0 });
  const state = h('p', { id: 'import-state', 'aria-live': 'polite' });
  const hunspellFields = h('div', {}, h('label', {}, '.aff ', aff), ' ', h('label', {}, '.dic ', dic), ' ', h('label', {}, strict, ' strict: reject flags the .aff does not define'));
  const apertiumFields = h('div', { hidden: true }, h('label', {}, '.dix ', dix));
  format.addEventListener('change', () => {
    hunspellFields.hidden = format.value !== 'hunspell';
    apertiumFields.hidden = format.value !== 'apertium';
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData();
    form.append('format', format.value);
    if (replaceBox.checked) form.append('replace', 'true');
    if (format.value === 'hunspell') {
      if (strict.checked) form.append('strict', 'true');
      if (aff.files?.[0]) form.append('aff', aff.files[0]);
      if (dic.files?.[0]) form.append('dic', dic.files[0]);
    } else if (dix.files?.[0]) form.append('dix', dix.files[0]);
    try {
      const answer = await api.upload(form, (sent, total) => {
        progress.max = total || 1;
        progress.value = sent;
        replace(state, `Uploading: ${Math.round((100 * sent) / (total || 1))}%`);
      });
      replace(state, `Read ${answer.source}: ${answer.patterns} patterns, ${answer.lexemes} lexemes. Storing…`);
    } catch (error) {
      replace(state, h('span', { className: 'error', role: 'alert' }, error instanceof ApiError ? error.message : String(error)));
    }
  };
  replace(main,
    h('h1', {}, 'Import a dictionary'),
    h('p', {}, 'The import replaces the whole lexicon; the forms are then recomputed in the background.'),
    h('form', { id: 'import-form', onsubmit: submit },
      h('p', {}, h('label', { for: 'import-format' }, 'Format '), format),
      hunspellFields, apertiumFields,
      h('p', {}, h('label', {}, replaceBox, ' replace the lexicon that is there')),
      h('p', {}, h('button', { type: 'submit' }, 'Upload and import'))),
    progress, state);
  return [
    onServerEvent('import', (p) => {
      if (p.state === 'storing') {
        progress.max = p.total || 1;
        progress.value = p.lexemes;
        replace(state, `Storing ${p.source}: ${p.lexemes} of ${p.total} lexemes`);
      } else if (p.state === 'stored') replace(state, `Stored ${p.source}: ${p.patterns} patterns, ${p.lexemes} lexemes. Computing the forms…`);
      else if (p.state === 'failed') replace(state, h('span', { className: 'error', role: 'alert' }, p.message));
    }),
    onServerEvent('queue', (depth) => {
      if (state.textContent?.startsWith('Stored') || state.textContent?.startsWith('Computing')) {
        replace(state, depth.queued > 0 ? `Computing the forms: ${depth.queued} lexemes still queued` : 'Imported, and every form is computed.');
      }
    }),
  ].reduce((a, b) => () => (a(), b()));
};
