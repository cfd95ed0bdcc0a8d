#!/usr/bin/env node
/**
 * The `lexicon` process entry, kept small: a large `expand hunspell` starts its bounded worker on the CLI
 * bundle (lexicon-cli.js) without this thread loading that bundle first (275 KB, 20-30 ms of a 1.7 s fr
 * expansion, when the worker loads it again); every other command loads the CLI here and runs it.
 */
import { join } from 'node:path';
import { startBoundedWorker } from './runtime/bounded-heap-worker';

const CLI = join(__dirname, 'lexicon-cli.js');
const argv = process.argv.slice(2);
if (!startBoundedWorker(argv, CLI)) (require(CLI) as typeof import('./lexicon-cli')).runProcess(argv);
