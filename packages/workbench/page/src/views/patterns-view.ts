import { api } from '../api';
import { h, replace } from '../dom';
import type { View } from './view';

/** `#/patterns`: the patterns by name, with how many lexemes take each; a filter by name prefix. */
export const patternsView: View = (main) => {
  const list = h('section', { 'aria-live': 'polite' });
  const filter = h('input', { id: 'pattern-filter', type: 'search', placeholder: 'name starts with…', autocomplete: 'off' });
  const load = async () => {
    try {
      const { patterns, more } = await api.patterns(filter.value);
      replace(list,
        h('ul', { className: 'pattern-list' }, patterns.map((p) => h('li', {}, h('a', { href: `#/pattern/${encodeURIComponent(p.name)}` }, p.name), h('span', { className: 'muted' }, ` ${p.lexemes} lexemes`)))),
        more && h('p', { className: 'muted' }, 'More patterns: narrow the filter.'));
    } catch (error) {
      replace(list, h('p', { className: 'error', role: 'alert' }, (error as Error).message));
    }
  };
  filter.addEventListener('input', () => void load());
  replace(main, h('h1', {}, 'Patterns'), h('label', { for: 'pattern-filter' }, 'Filter '), filter, list);
  void load();
};
