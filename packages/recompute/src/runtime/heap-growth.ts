import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full GC, in percent: 100 means
 * up to twice the live heap. V8's own default lets it grow up to 4x when collection looks cheap, and a
 * process that streams a database through batches is exactly that case: every form (lexeme, line of
 * COPY text) survives a few young collections (it waits in a batch, across round trips) and is then
 * garbage in the old generation. Measured on hunspell-fr (84,139 lexemes, 3.2M forms, `recompute
 * --all`, PostgreSQL on the same 2 cores, two runs each): peak RSS 308-328 MB with V8's default,
 * 209-219 MB at 100, 189-198 MB at 60; worker CPU 4.5-4.9 s, 4.6-4.7 s, 4.9-5.4 s. `paradigm load` of
 * 600,000 lexemes (a live heap under 40 MB): 293-299 MB with V8's default, 199 MB at 100, in the same time.
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * {@link HEAP_GROWING_PERCENT} for an import, which holds the whole grammar while it generates (an
 * export has {@link EXPORT_HEAP_GROWING_PERCENT}); measured on both: up to 70-100 MB live for Hunspell
 * hu_HU's and ko's, which twice over put their imports past 256 MB, and 79 MB for hu_HU's `export
 * hunspell` (the grammar and a plan of every rule), whose first minute peaked at 312 MB at 100 and
 * 265-267 MB at 50. Measured with `/usr/bin/time` on PostgreSQL (import hunspell, load 3-11): ko
 * 268-310 MB at 100, 236-284 MB at 50 (its peak moves with the moment of the collections); hu_HU 234-244
 * and 224-227 MB; gl_ES 242 and 214 MB, its client CPU 50.3 and 55.0 s; ko's and hu_HU's CPU within a few
 * percent. A smaller grammar's import collects a little more often at no difference in peak (fr: 139 and
 * 138 MB).
 */
export const GRAMMAR_HEAP_GROWING_PERCENT = 50;

/**
 * {@link HEAP_GROWING_PERCENT} for an export: `export hunspell` holds the whole grammar compiled while it
 * surveys every lexeme (Hunspell hu_HU's whole lexicon: 72 MB live after a full collection, the heap
 * growing to about 160 MB between collections at 50). That first reading alone peaked at 279 and 280 MB
 * at 50 (`VmHWM`, two runs), having reached 259 MB by its 50,000th lexeme; at 20 it stayed at or under
 * 211-251 MB through all 93,809 (the whole export, four runs). The whole export's peak is the second
 * reading's start, as the .aff is read back: 247 and 255 MB in the last two runs (docs/cli.md). Export
 * speed is no goal of its own; an import's is, so the import keeps {@link GRAMMAR_HEAP_GROWING_PERCENT}.
 */
export const EXPORT_HEAP_GROWING_PERCENT = 20;

/**
 * Sets `percent` ({@link HEAP_GROWING_PERCENT} by default) unless the process was started with its own
 * `--heap-growing-percent` (`node --heap-growing-percent=N main.js`; Node does not take it in
 * NODE_OPTIONS), which then wins. The limit is a
 * factor, not a size: a grammar or batch bigger than expected makes the heap bigger, never an
 * out-of-memory crash.
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  const given = process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'));
  if (!given) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
