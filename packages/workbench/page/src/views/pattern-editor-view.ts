import { checkPatternFiles, compileGrammar, generateLexeme, splitPatternFile, type Lexeme } from '@paradigm/core';
import { api, ApiError, onServerEvent, type PatternContext, type QueueDepth, type SampleLexeme, type SourceProblem } from '../api';
import { coalesced } from '../coalesced';
import { h, replace } from '../dom';
import { paradigmTable } from './paradigm-table';
import type { View } from './view';

const EDITED = 'edited';
/** Typing pauses this long before the text is checked again. */
const CHECK_DELAY_MS = 120;
/** Shown after a save while a rebuild of every form (which the save started) is under way. */
const REBUILDING = 'Saved. The queue holds most of the lexicon, so every form is being rebuilt at once; the stored forms below are the old ones until it swaps.';

/**
 * `#/pattern/NAME`: the pattern's text with its problems marked at their line and column as you type,
 * a preview of the forms of a few lexemes that take it, compiled and generated here in the page with
 * paradigm-core, and Save, after which the stored forms appear when the worker has written them.
 */
export const patternEditorView: View = (main, argument) => {
  const name = decodeURIComponent(argument);
  replace(main, h('p', {}, 'Loading…'));
  const stops: (() => void)[] = [];
  let closed = false;
  api.pattern(name).then(
    (context) => {
      if (!closed) stops.push(...render(main, context));
    },
    (error: Error) => replace(main, h('p', { className: 'error', role: 'alert' }, error.message)),
  );
  return () => {
    closed = true;
    for (const stop of stops) stop();
  };
};

function render(main: HTMLElement, context: PatternContext): (() => void)[] {
  const textarea = h('textarea', { id: 'pattern-source', spellcheck: 'false', autocomplete: 'off', wrap: 'off', 'aria-describedby': 'problems', rows: 14 });
  textarea.value = context.source;
  const gutter = h('div', { className: 'gutter', 'aria-hidden': 'true' });
  const problemsList = h('ul', { id: 'problems', className: 'problems', 'aria-live': 'polite' });
  const saveState = h('p', { id: 'save-state', 'aria-live': 'polite' });
  const preview = h('section', { id: 'preview', className: 'preview' });
  const stored = h('section', { id: 'stored', className: 'preview' });
  const saveButton = h('button', { type: 'button', id: 'save', onclick: () => void save() }, 'Save');

  replace(main,
    h('h1', {}, 'Pattern ', h('code', {}, context.name)),
    h('p', { className: 'muted' }, `${context.lexemes} lexeme${context.lexemes === 1 ? '' : 's'} take it.`,
      context.continuations.length > 0 && ` It continues into ${context.continuations.map((c) => c.name).join(', ')}.`),
    h('label', { for: 'pattern-source' }, 'Source (Ctrl+S saves)'),
    h('div', { className: 'editor' }, gutter, textarea),
    problemsList,
    h('p', {}, saveButton, ' ', saveState),
    h('div', { className: 'previews' }, preview, stored),
  );

  const check = (): SourceProblem[] => {
    const text = textarea.value;
    const files = [{ file: EDITED, text }, ...context.continuations.map((c) => ({ file: `stored:${c.name}`, text: c.source }))];
    const problems: SourceProblem[] = checkPatternFiles(files).filter((p) => p.file === EDITED);
    const defined = splitPatternFile(text, 1);
    if (problems.length === 0 && (defined.length !== 1 || defined[0].name !== context.name)) {
      problems.push({ severity: 'error', code: 'syntax', line: defined[1]?.line ?? 1, column: 1, message: `the text must define the one pattern "${context.name}"; start it with "pattern ${context.name}"` });
    }
    return problems;
  };

  const showProblems = (problems: readonly SourceProblem[]) => {
    const lines = textarea.value.split('\n').length;
    const byLine = new Map<number, SourceProblem[]>();
    for (const p of problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
    replace(gutter, ...Array.from({ length: lines }, (_, i) => {
      const here = byLine.get(i + 1) ?? [];
      const severity = here.some((p) => p.severity === 'error') ? 'has-error' : here.length > 0 ? 'has-warning' : '';
      return h('div', { className: `line ${severity}`.trim(), 'data-line': i + 1, title: here.map((p) => p.message).join('\n') || undefined }, i + 1);
    }));
    gutter.scrollTop = textarea.scrollTop;
    textarea.setAttribute('aria-invalid', problems.some((p) => p.severity === 'error') ? 'true' : 'false');
    replace(problemsList, ...problems.map((p) =>
      h('li', { className: p.severity, 'data-line': p.line, 'data-column': p.column },
        h('button', { type: 'button', className: 'link', onclick: () => moveTo(textarea, p.line, p.column) }, `Line ${p.line}, column ${p.column}`),
        `: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`)));
  };

  const showPreview = () => {
    const { grammar } = compileGrammar([{ id: context.id, name: context.name, source: textarea.value }, ...context.continuations]);
    if (!grammar.pattern(context.id)) {
      replace(preview, h('h2', {}, 'Preview'), h('p', { className: 'muted' }, 'Fix the errors to see the forms it generates.'));
      return;
    }
    replace(preview, h('h2', {}, 'Preview ', h('span', { className: 'muted' }, '(generated in this page)')),
      context.samples.length === 0 ? h('p', { className: 'muted' }, 'No lexeme takes this pattern directly.') :
      context.samples.map((lexeme) => {
        const outcome = generateLexeme(grammar, { ...asLexeme(lexeme), patterns: [context.id] })[0];
        if (outcome.kind === 'error') return h('p', { className: 'error' }, `${lexeme.lemma}: ${outcome.error.message}`);
        if (outcome.kind === 'no-match') return h('p', { className: 'muted' }, `${lexeme.lemma}: no rule applies`);
        const cells = new Map<string, string[]>();
        for (const form of outcome.forms) cells.set(form.cell, [...(cells.get(form.cell) ?? []), form.surface]);
        return paradigmTable(lexeme.lemma, [context.name], [...cells].map(([cell, forms]) => ({ cell, forms: { [context.name]: forms } })));
      }));
  };

  const readStored = async () => {
    const tables = await Promise.all(context.samples.map(async (sample) => {
      const { lexeme, rows } = await api.lexeme(sample.id);
      const own = rows.filter((r) => (r.forms[context.name] ?? []).length > 0);
      return paradigmTable(lexeme.lemma, [context.name], own);
    }));
    replace(stored, h('h2', {}, 'Stored ', h('span', { className: 'muted' }, '(in the database)')), ...tables);
  };
  const showStored = coalesced(readStored);

  let timer: number | undefined;
  const update = () => {
    showProblems(check());
    showPreview();
  };
  textarea.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, CHECK_DELAY_MS);
  });
  textarea.addEventListener('scroll', () => (gutter.scrollTop = textarea.scrollTop));
  textarea.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      void save();
    }
  });

  let waiting = false;
  // The id of the first `queue` event whose depth counts the save waited for. The save's forms, and the
  // depth after them, may arrive before the save's answer that names it: the last depth is kept.
  let countsFrom = 0;
  let lastDepth: { depth: QueueDepth; id: number } | undefined;
  // Between the `rebuilding` and `rebuilt` events: the queue stays as it is until the swap.
  let rebuilding = false;
  const showDepth = (depth: QueueDepth) => {
    if (depth.queued + depth.patternChanges > 0) replace(saveState, `Saved. Waiting for the recompute: ${depth.queued} lexeme${depth.queued === 1 ? '' : 's'} and ${depth.patternChanges} pattern change${depth.patternChanges === 1 ? '' : 's'} queued.`);
    else {
      waiting = false;
      replace(saveState, 'Saved, and the stored forms are recomputed.');
      showStored();
    }
  };
  const save = async () => {
    window.clearTimeout(timer);
    update();
    saveButton.disabled = true;
    replace(saveState, 'Saving…');
    try {
      const result = await api.savePattern(context.name, textarea.value, context.version);
      context.source = textarea.value;
      context.version = result.version;
      if (!result.changed) replace(saveState, 'Nothing to save: the stored text is the same.');
      else {
        waiting = true;
        countsFrom = result.queueEvent ?? 0;
        // The server may announce the rebuild this save started before the save's own answer arrives.
        replace(saveState, rebuilding ? REBUILDING : 'Saved. The recompute is queued…');
        if (!rebuilding && lastDepth && lastDepth.id >= countsFrom) showDepth(lastDepth.depth);
      }
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.body.errors)) showProblems(error.body.errors as SourceProblem[]);
      const hint = error instanceof ApiError && error.status === 401 ? ' (give it on the Status page)' : '';
      // Another save changed the stored text since this one opened it: offer to open the stored text (this one is dropped).
      const reload = error instanceof ApiError && error.status === 409 &&
        h('button', { type: 'button', id: 'reload-pattern', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, 'Reload the stored text');
      replace(saveState, h('span', { className: 'error', role: 'alert' }, `Not saved: ${(error as Error).message}${hint}`), ' ', reload);
    } finally {
      saveButton.disabled = false;
    }
  };

  update();
  showStored();
  const sampleIds = new Set(context.samples.map((s) => s.id));
  return [
    onServerEvent('queue', (depth, id) => {
      lastDepth = { depth, id };
      if (waiting && !rebuilding && id >= countsFrom) showDepth(depth);
    }),
    onServerEvent('saving', ({ name, message }) => {
      // The button is disabled from the click to the save's answer: a save of this page is waiting.
      if (saveButton.disabled && name === context.name) replace(saveState, 'Saving… ', h('pre', { id: 'save-waiting' }, message));
    }),
    onServerEvent('forms', ({ lexemeIds }) => {
      if (lexemeIds.some((id) => sampleIds.has(id))) showStored();
    }),
    onServerEvent('rebuilding', () => {
      rebuilding = true;
      if (waiting) replace(saveState, REBUILDING);
    }),
    onServerEvent('rebuilt', () => {
      rebuilding = false;
      showStored();
    }),
    () => window.clearTimeout(timer),
  ];
}

function asLexeme(stored: SampleLexeme): Omit<Lexeme, 'patterns'> {
  return {
    id: stored.id,
    lemma: stored.lemma,
    ...(stored.stem !== null ? { stem: stored.stem } : {}),
    ...(stored.root !== null ? { root: stored.root } : {}),
    ...(stored.gloss !== null ? { gloss: stored.gloss } : {}),
  };
}

/** Puts the caret at `line`:`column` (1-based, code points) and focuses the text. */
function moveTo(textarea: HTMLTextAreaElement, line: number, column: number): void {
  const lines = textarea.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += [...(lines[line - 1] ?? '')].slice(0, column - 1).join('').length;
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
}
