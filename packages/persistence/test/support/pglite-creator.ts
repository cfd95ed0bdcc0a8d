// A process that opens (and so creates) the PGlite folder named by its argument, for a test to kill
// while it does. Prints {"opened":pid} once the database is open, then holds it open until stdin ends.
import { openDatabase } from '@paradigm/persistence';

void openDatabase({ dialect: 'pglite', dataDir: process.argv[2]!, migrate: false }).then((db) => {
  process.stdout.write(`${JSON.stringify({ opened: process.pid })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void db.close().then(() => process.exit(0)));
});
