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
  const state = h('div', { id: 'import-state', 'aria-live': 'polite' });
  const hunspellFields = h('div', {}, h('label', {}, '.aff ', aff), ' ', h('label', {}, '.dic ', dic), ' ', h('label', {}, strict, ' strict: reject flags the .aff does not define'));
  const apertiumFields = h('div', { hidden: true }, h('label', {}, '.dix ', dix));
  format.addEventListener('change', () => {
    hunspellFields.hidden = format.value !== 'hunspell';
    apertiumFields.hidden = format.value !== 'apertium';
  });
  // The id of the last `import` event received.
  let lastEvent = 0;
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
      // The import's events after its start may come before this answer: then they say where it is.
      if (lastEvent <= Number(answer.importEvent)) replace(state, `Read ${answer.source}: ${answer.patterns} patterns, ${answer.lexemes} lexemes. Importing…`);
    } catch (error) {
      replace(state, h('span', { className: 'error', role: 'alert' }, error instanceof ApiError ? error.message : String(error)));
    }
  };
  replace(main,
    h('h1', {}, 'Import a dictionary'),
    h('p', {}, 'The import replaces the whole lexicon and every form in one transaction: until it commits, the old ones stay, and if an entry cannot be generated, it rolls back and they are kept.'),
    h('form', { id: 'import-form', onsubmit: submit },
      h('p', {}, h('label', { for: 'import-format' }, 'Format '), format),
      hunspellFields, apertiumFields,
      h('p', {}, h('label', {}, replaceBox, ' replace the lexicon that is there')),
      h('p', {}, h('button', { type: 'submit' }, 'Upload and import'))),
    progress, state);
  return onServerEvent('import', (p, id) => {
    lastEvent = id;
    if (p.state === 'waiting') {
      replace(state, h('pre', { id: 'import-waiting' }, p.message));
    } else if (p.state === 'storing') {
      progress.max = p.total || 1;
      progress.value = p.lexemes;
      const failed = p.failed > 0 ? `; ${p.failed} could not be generated, so the import will roll back` : '';
      const indexing = p.lexemes === p.total && p.failed === 0 ? '; indexing the forms' : '';
      replace(state, `Storing ${p.source}: ${p.lexemes} of ${p.total} lexemes, ${p.forms} forms${failed}${indexing}`);
    } else if (p.state === 'imported') {
      progress.value = progress.max;
      replace(state,
        `Imported ${p.source}: ${p.patterns} patterns, ${p.lexemes} lexemes, ${p.forms} forms, every one in place.`,
        p.patternsLeftOut.length > 0 && h('ul', { id: 'import-patterns-left-out' }, p.patternsLeftOut.map((problem) => h('li', {}, `pattern “${problem.patternName}” left out: ${problem.message}`))));
    } else if (p.state === 'failed') {
      replace(state,
        h('span', { className: 'error', role: 'alert' }, p.message),
        p.failures.length > 0 && h('ul', { id: 'import-failures', className: 'error' }, p.failures.map((failure) => h('li', {}, failure))));
    }
  });
};
