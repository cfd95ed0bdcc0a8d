import './style.css';
import { onConnection, onServerEvent, UNREACHABLE } from './api';
import { h, replace } from './dom';
import { importView } from './views/import-view';
import { lexemeView } from './views/lexeme-view';
import { patternEditorView } from './views/pattern-editor-view';
import { patternsView } from './views/patterns-view';
import { searchView } from './views/search-view';
import { statusView } from './views/status-view';
import type { View } from './views/view';

// Hash routes, so the server serves one file and a reload keeps the place: #/search/PREFIX,
// #/lexeme/ID, #/patterns, #/pattern/NAME, #/status, #/import.
const ROUTES: Record<string, View> = { search: searchView, lexeme: lexemeView, patterns: patternsView, pattern: patternEditorView, status: statusView, import: importView };

const main = document.getElementById('main')!;
const searchBox = document.getElementById('search-box') as HTMLInputElement;
let leave: (() => void) | void;

function route(): void {
  const [, section = 'search', ...rest] = location.hash.split('/');
  leave?.();
  leave = undefined;
  replace(main);
  let argument: string;
  try {
    argument = decodeURIComponent(rest.join('/'));
  } catch {
    // A hand-made address may escape bytes that are no UTF-8 text (%ED%A0%80, a lone surrogate).
    replace(main, h('p', { className: 'error', role: 'alert', id: 'address-error' },
      `The address does not read as text: "${rest.join('/')}" escapes bytes that are not UTF-8. Type the word in the search box instead.`));
    document.body.dataset.view = section;
    return;
  }
  if (section === 'search') searchBox.value = argument;
  leave = (ROUTES[section] ?? searchView)(main, ROUTES[section] ? argument : '');
  document.body.dataset.view = section;
}

let typing: number | undefined;
searchBox.addEventListener('input', () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => {
    const target = `#/search/${encodeURIComponent(searchBox.value.trim())}`;
    if (searchBox.value.trim() && location.hash !== target) history.replaceState(null, '', target), route();
  }, 150);
});
document.getElementById('search-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = `#/search/${encodeURIComponent(searchBox.value.trim())}`;
});
document.addEventListener('keydown', (event) => {
  const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
  if (event.key === '/' && !inField) {
    event.preventDefault();
    searchBox.focus();
    searchBox.select();
  }
});

const badge = document.getElementById('queue-badge')!;
onConnection((connected) => {
  // Reconnected, the server sends the queue's depth at once, which sets the badge again.
  if (connected) return;
  badge.textContent = 'disconnected';
  badge.title = UNREACHABLE;
  badge.className = 'badge disconnected';
});
onServerEvent('queue', (depth) => {
  badge.title = '';
  const waiting = depth.queued + depth.patternChanges;
  badge.textContent = waiting > 0 ? `recomputing: ${depth.queued} queued` : depth.failed > 0 ? `${depth.failed} failed` : 'up to date';
  badge.className = `badge ${waiting > 0 ? 'busy' : depth.failed > 0 ? 'failed' : 'idle'}`;
});

window.addEventListener('hashchange', route);
route();
