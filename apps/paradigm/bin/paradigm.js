#!/usr/bin/env node
'use strict';
// In this workspace the command runs its TypeScript source through tsx, with the workspace's path
// mapping, so it never runs a stale build; installed from a packed tarball (no src/), the built dist/.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// `pnpm paradigm ...` runs the root script from the workspace root: file arguments are relative to
// where the user typed the command, which pnpm passes as INIT_CWD.
if (process.env.npm_lifecycle_event === 'paradigm' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const source = join(__dirname, '..', 'src', 'main.ts');
if (existsSync(source)) {
  process.env.TSX_TSCONFIG_PATH ??= join(__dirname, '..', 'tsconfig.json');
  require('tsx/cjs');
  require(source).runFromProcess();
} else {
  require('../dist/main.js').runFromProcess();
}
