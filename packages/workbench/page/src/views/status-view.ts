import { api, onServerEvent, type Rebuild, type Status, token } from '../api';
import { coalesced } from '../coalesced';
import { h, replace } from '../dom';
import type { View } from './view';

/** `#/status`: counts, the queue (live), failures with their messages. */
export const statusView: View = (main) => {
  const body = h('section', { id: 'status' });
  replace(main, h('h1', {}, 'Status'), body);
  const number = (n: number) => n.toLocaleString('en');
  const load = async () => {
    let status: Status;
    try {
      status = await api.status();
    } catch (error) {
      return replace(body, h('p', { className: 'error', role: 'alert' }, (error as Error).message));
    }
    if (status.lexemes === null) {
      const p = status.import;
      const how =
        p?.state === 'storing' ? `: ${number(p.lexemes)} of ${number(p.total)} lexemes and ${number(p.forms)} forms stored so far`
        : p?.state === 'waiting' ? ', once another session lets go of the lexicon'
        : '';
      return replace(body,
        h('p', { id: 'status-importing' }, `An import of ${p?.source ?? 'a dictionary'} is replacing the lexicon and its forms in one transaction${how}; the counts show once it commits or rolls back. `,
          h('a', { href: '#/import' }, 'Follow the import')));
    }
    replace(body,
      h('dl', { className: 'facts counts' },
        h('dt', {}, 'Lexemes'), h('dd', { id: 'count-lexemes' }, number(status.lexemes)),
        h('dt', {}, 'Patterns'), h('dd', { id: 'count-patterns' }, number(status.patterns)),
        h('dt', {}, 'Forms'), h('dd', { id: 'count-forms' }, number(status.forms)),
        h('dt', {}, 'Queued lexemes'), h('dd', { id: 'count-queued' }, number(status.queue.queued)),
        h('dt', {}, 'Queued pattern changes'), h('dd', {}, number(status.queue.patternChanges)),
        h('dt', {}, 'Failed lexemes'), h('dd', { id: 'count-failed' }, number(status.queue.failed)),
        h('dt', {}, 'Form limit'), h('dd', { id: 'form-limit' }, status.formLimit === null ? 'none' : `${number(status.formLimit)} forms per lexeme`),
        h('dt', {}, 'Rebuild'), h('dd', { id: 'rebuild' }, describeRebuild(status.rebuild)),
        h('dt', {}, 'Database'), h('dd', {}, status.database),
        h('dt', {}, 'Recompute'), h('dd', {}, status.recompute === 'in-process' ? 'in this server' : 'by a separate worker (run --follow)'),
        h('dt', {}, 'Writes'), h('dd', {}, status.writesNeedToken ? 'need the token' : 'open (this server listens on loopback only)')),
      status.writesNeedToken && tokenField(),
      status.failures.length > 0 && [
        h('h2', {}, 'Failures'),
        h('table', { className: 'hits' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Lexeme'), h('th', { scope: 'col' }, 'Why'))),
          h('tbody', {}, status.failures.map((f) => h('tr', {}, h('td', {}, h('a', { href: `#/lexeme/${f.lexemeId}` }, f.lemma ?? `#${f.lexemeId}`)), h('td', {}, f.reason))))),
      ]);
  };
  // At most one count a second while the queue moves: each scans the forms table.
  const reload = coalesced(load, 1000);
  reload();
  const stops = [
    onServerEvent('queue', reload),
    onServerEvent('rebuilding', reload),
    // An import's end: the counts can be read again.
    onServerEvent('import', (p) => (p.state === 'imported' || p.state === 'failed' ? reload() : undefined)),
  ];
  return () => stops.forEach((stop) => stop());
};

/** The rebuild of every form registered, if any, and what readers see meanwhile. */
function describeRebuild(rebuild: Rebuild | null): string {
  if (rebuild === null) return 'none';
  if (rebuild.kind === 'one-process') return `every form, under way since ${rebuild.startedAt}; the forms shown are the old ones until it swaps`;
  return `every form, shared by several processes: ${rebuild.rangesDone} of ${rebuild.ranges} ranges copied (registered ${rebuild.startedAt}); the forms shown are the old ones until it swaps`;
}

/** Where the user gives the write token; kept for this tab only (sessionStorage), sent as a header. */
function tokenField(): HTMLElement {
  const input = h('input', { id: 'write-token', type: 'password', autocomplete: 'off', value: token.get() });
  input.addEventListener('change', () => token.set(input.value));
  return h('p', {}, h('label', { for: 'write-token' }, 'Write token (for saving and importing) '), input);
}
