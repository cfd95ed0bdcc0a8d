// Preloaded (`node --require`) into a `paradigm` process by tests: at exit, writes to stderr one line
// naming the packages among WATCHED whose modules the process loaded.
'use strict';
const WATCHED = ['kysely', 'fastify'];
process.on('exit', () => {
  const loaded = WATCHED.filter((name) => Object.keys(require.cache).some((path) => path.includes(`/node_modules/${name}/`) || path.includes(`/${name}@`)));
  process.stderr.write(`loaded packages: ${JSON.stringify(loaded)}\n`);
});
