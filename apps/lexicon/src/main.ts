#!/usr/bin/env node
/**
 * The `lexicon` process entry, kept small: a large `expand hunspell` starts its bounded worker on this file
 * without this thread loading the CLI bundle (lexicon-cli.js, 275 KB, 20-30 ms of a 1.7 s fr expansion,
 * when the worker loads it again); the worker, and this thread for every other command, load the bundle
 * compiled from the code cache the build writes beside it (runtime/code-cache.ts) and run it.
 */
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { startBoundedWorker } from './runtime/bounded-heap-worker';
import { loadBundle } from './runtime/code-cache';

const CLI = join(__dirname, 'lexicon-cli.js');
const argv = process.argv.slice(2);
if (!isMainThread || !startBoundedWorker(argv, __filename)) (loadBundle(CLI).exports as typeof import('./lexicon-cli')).runProcess(argv);
