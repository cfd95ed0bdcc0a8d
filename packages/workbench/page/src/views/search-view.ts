import { api, type FormHit } from '../api';
import { h, replace } from '../dom';
import type { View } from './view';

const PAGE = 50;

/** `#/search/PREFIX`: the stored forms starting with the prefix, a page at a time. */
export const searchView: View = (main, prefix) => {
  const results = h('section', { 'aria-live': 'polite', id: 'search-results' });
  replace(main, h('h1', {}, prefix ? `Forms starting with “${prefix}”` : 'Search'), results);
  if (!prefix) {
    replace(results, h('p', {}, 'Type a word or the start of one in the search box; press / to get there from anywhere.'));
    return;
  }
  let stale = false;
  const load = async (offset: number) => {
    try {
      const page = await api.search(prefix, offset, PAGE);
      if (stale) return;
      if (page.forms.length === 0 && offset === 0) return replace(results, h('p', {}, 'No stored form starts with that.'));
      replace(
        results,
        h('table', { className: 'hits' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Form'), h('th', { scope: 'col' }, 'Lexeme'), h('th', { scope: 'col' }, 'Cell'), h('th', { scope: 'col' }, 'Analysis'), h('th', { scope: 'col' }, 'Pattern'))),
          h('tbody', {}, page.forms.map(row))),
        h('p', { className: 'pager' },
          offset > 0 && h('button', { type: 'button', onclick: () => load(Math.max(0, offset - PAGE)) }, '← Previous'),
          ` Forms ${offset + 1}–${offset + page.forms.length} `,
          page.more && h('button', { type: 'button', onclick: () => load(offset + PAGE) }, 'Next →')),
        page.note && h('p', { className: 'muted', id: 'search-note' }, `No further pages: ${page.note}.`),
      );
    } catch (error) {
      replace(results, h('p', { className: 'error', role: 'alert' }, (error as Error).message));
    }
  };
  void load(0);
  return () => (stale = true);
};

function row(hit: FormHit): HTMLTableRowElement {
  return h('tr', {},
    h('td', { className: 'form' }, hit.form),
    h('td', {}, h('a', { href: `#/lexeme/${hit.lexemeId}` }, hit.lemma), h('span', { className: 'muted' }, ` #${hit.lexemeId}`)),
    h('td', { className: 'cell' }, hit.cell),
    h('td', { className: 'analysis' }, hit.analysis),
    h('td', {}, hit.pattern === null ? h('span', { className: 'muted' }, `#${hit.patternId}`) : h('a', { href: `#/pattern/${encodeURIComponent(hit.pattern)}` }, hit.pattern)));
}
