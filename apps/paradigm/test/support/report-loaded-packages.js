// Preloaded (`node --require`) into a `paradigm` process by tests: at exit, writes to stderr one line
// naming the packages among WATCHED whose modules the process loaded (a workspace package by its folder,
// which is where its modules load from whether run from source or from dist). A worker thread, which
// runs the preload too, writes its own line, `loaded packages in a worker: [...]`.
'use strict';
const WATCHED = {
  kysely: ['/node_modules/kysely/', '/kysely@'],
  fastify: ['/node_modules/fastify/', '/fastify@'],
  pg: ['/node_modules/pg/', '/pg@'],
  '@paradigm/persistence': ['/packages/persistence/'],
  '@paradigm/recompute': ['/packages/recompute/'],
  '@paradigm/lexicons': ['/packages/lexicons/'],
  '@paradigm/workbench': ['/packages/workbench/'],
};
process.on('exit', () => {
  // `@paradigm/lexicons/bounded-expansion` is what a thread loads to start the worker that expands, not the
  // importers; `@paradigm/recompute/heap-growth` is one module that sets a V8 flag, not the recompute;
  // `@paradigm/persistence/plural` is one function that words a count, not the database code.
  const paths = Object.keys(require.cache).filter(
    (path) =>
      !/\/packages\/lexicons\/(src|dist)\/bounded-expansion\//.test(path) &&
      !/\/packages\/recompute\/(src|dist)\/runtime\/heap-growth\./.test(path) &&
      !/\/packages\/persistence\/(src|dist)\/text\/plural\./.test(path),
  );
  const loaded = Object.keys(WATCHED).filter((name) => paths.some((path) => WATCHED[name].some((part) => path.includes(part))));
  const where = require('node:worker_threads').isMainThread ? '' : ' in a worker';
  process.stderr.write(`loaded packages${where}: ${JSON.stringify(loaded)}\n`);
});
