import { api, onServerEvent } from '../api';
import { coalesced } from '../coalesced';
import { h, replace } from '../dom';
import { paradigmTable } from './paradigm-table';
import type { View } from './view';

/**
 * `#/lexeme/ID`: the lexeme, its patterns and its stored paradigm; redrawn when the worker rewrites it
 * (a `forms` event naming it, a `rebuilt` one), and, while it waits in the queue, whenever the queue
 * moves: a worker in another process (`serve --recompute external`) announces no forms.
 */
export const lexemeView: View = (main, argument) => {
  const id = Number(argument);
  const body = h('section', { id: 'lexeme', 'aria-live': 'polite' });
  replace(main, body);
  // Whether the last load ended and found the lexeme out of the queue. Until then a move of the queue
  // loads it again: the queue may have moved after the load read the lexeme and before it answered.
  let settled = false;
  const load = async () => {
    settled = false;
    try {
      const { lexeme, rows } = await api.lexeme(id);
      settled = !lexeme.queued;
      replace(body,
        h('h1', {}, lexeme.lemma, h('span', { className: 'muted' }, ` #${lexeme.id}`)),
        h('dl', { className: 'facts' },
          lexeme.stem !== null && [h('dt', {}, 'Stem'), h('dd', {}, lexeme.stem)],
          lexeme.root !== null && [h('dt', {}, 'Root'), h('dd', {}, lexeme.root.join('-'))],
          lexeme.gloss !== null && [h('dt', {}, 'Gloss'), h('dd', {}, lexeme.gloss)],
          h('dt', {}, 'Patterns'),
          h('dd', {}, lexeme.patterns.flatMap((p, i) => [i > 0 ? ', ' : '', h('a', { href: `#/pattern/${encodeURIComponent(p)}` }, p)])),
          lexeme.queued && [h('dt', {}, 'Recompute'), h('dd', { className: 'busy' }, 'queued: the forms below are not those of its current entry yet')],
          lexeme.failure !== null && [h('dt', {}, 'Failed'), h('dd', { className: 'error' }, lexeme.failure)]),
        rows.length === 0 ? h('p', {}, 'No stored forms (yet): the recompute may still be queued.') : paradigmTable('Stored forms, in the order of the rules', lexeme.patterns, rows));
    } catch (error) {
      replace(body, h('p', { className: 'error', role: 'alert' }, (error as Error).message));
    }
  };
  const reload = coalesced(load);
  reload();
  const stops = [
    onServerEvent('forms', ({ lexemeIds }) => {
      if (lexemeIds.includes(id)) reload();
    }),
    onServerEvent('rebuilt', reload),
    onServerEvent('queue', () => (settled ? undefined : reload())),
  ];
  return () => stops.forEach((stop) => stop());
};
