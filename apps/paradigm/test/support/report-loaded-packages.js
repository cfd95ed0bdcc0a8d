// Preloaded (`node --require`) into a `paradigm` process by tests: at exit, writes to stderr one line
// naming the packages among WATCHED whose modules the process loaded (a workspace package by its folder,
// which is where its modules load from whether run from source or from dist).
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
  const paths = Object.keys(require.cache);
  const loaded = Object.keys(WATCHED).filter((name) => paths.some((path) => WATCHED[name].some((part) => path.includes(part))));
  process.stderr.write(`loaded packages: ${JSON.stringify(loaded)}\n`);
});
