import { openDatabase } from '../open/open-database';
import { migrateDown, migrateToLatest } from '../migrations/migrations';

const HELP = `Usage: pnpm exec tsx packages/persistence/src/cli/migrate.ts [up|down]

  up     apply every pending migration (default; running it twice changes nothing)
  down   revert the latest applied migration

The database is DATABASE_URL (environment or .env at the workspace root) or, without it,
the embedded PGlite database in .data/pglite.`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const command = argv[0] ?? 'up';
  if (argv.length > 1 || (command !== 'up' && command !== 'down')) {
    console.error(`Unknown arguments: ${argv.join(' ')}\n\n${HELP}`);
    return 2;
  }
  const db = await openDatabase({ migrate: false });
  try {
    const { applied } = command === 'up' ? await migrateToLatest(db) : await migrateDown(db);
    const verb = command === 'up' ? 'applied' : 'reverted';
    console.log(applied.length === 0 ? `${db.description}: nothing to do` : `${db.description}: ${verb} ${applied.join(', ')}`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
