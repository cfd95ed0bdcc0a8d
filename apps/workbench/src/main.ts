import { parseArgs } from 'node:util';
import { TOKEN_VARIABLE, WORKBENCH_DEFAULTS, WorkbenchConfigError } from './config/workbench-options';
import { startWorkbench } from './server/start-workbench';

const HELP = `workbench: browse, search and edit paradigms in a web page

usage: node apps/workbench/dist/main.js [--host ADDRESS] [--port N] [--recompute in-process|external] [--data-dir DIR]

  --host       address to bind (default ${WORKBENCH_DEFAULTS.host}); any other address needs ${TOKEN_VARIABLE}
  --port       port (default ${WORKBENCH_DEFAULTS.port}; 0 for any free one)
  --recompute  in-process (default): the server drains the recompute queue itself;
               external: leave it to a running \`run --follow\` (PostgreSQL only)
  --data-dir   the embedded PGlite folder when DATABASE_URL is not set

The database is DATABASE_URL (environment or .env), else embedded PGlite.
Writes need "Authorization: Bearer <token>" when ${TOKEN_VARIABLE} is set.
`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { host: { type: 'string' }, port: { type: 'string' }, recompute: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`workbench: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const recompute = values.recompute ?? 'in-process';
  if (recompute !== 'in-process' && recompute !== 'external') {
    process.stderr.write(`workbench: --recompute ${recompute}: use in-process or external\n`);
    return 2;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  try {
    const workbench = await startWorkbench({ host: values.host, port, recompute, open: { dataDir: values['data-dir'] }, log: false });
    process.stdout.write(`workbench: serving ${workbench.context.db.description} at ${workbench.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    process.stdout.write('workbench: stopping\n');
    await workbench.close();
    return 0;
  } catch (error) {
    if (error instanceof WorkbenchConfigError) {
      process.stderr.write(`workbench: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`workbench: ${(error as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));

export { main };
