import './style.css';
import { onServerEvent } from './api';
import { replace } from './dom';
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
  const argument = decodeURIComponent(rest.join('/'));
  leave?.();
  replace(main);
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
onServerEvent('queue', (depth) => {
  const waiting = depth.queued + depth.patternChanges;
  badge.textContent = waiting > 0 ? `recomputing: ${depth.queued} queued` : depth.failed > 0 ? `${depth.failed} failed` : 'up to date';
  badge.className = `badge ${waiting > 0 ? 'busy' : depth.failed > 0 ? 'failed' : 'idle'}`;
});

window.addEventListener('hashchange', route);
route();
