import { ConnectionTimeoutError } from '../connection-timeout-error';
import type { DatabaseAddress } from '../database-url';

const CONNECT_TIMEOUT_MESSAGE = /connection timeout|timeout expired|timeout exceeded when trying to connect/i;

/**
 * The error to show when a new connection to `address` failed with `error`: the server's or the
 * socket's own words, then the hint that fits that failure (a missing database is not a stopped server).
 * A connect timeout becomes a {@link ConnectionTimeoutError}.
 */
export function connectError(error: unknown, address: DatabaseAddress, connectTimeoutMs: number): Error {
  // Duck-typed: socket errors may come from another realm (a test sandbox) and fail `instanceof Error`.
  const message = typeof (error as { message?: unknown })?.message === 'string' ? (error as Error).message : String(error);
  if (CONNECT_TIMEOUT_MESSAGE.test(message)) {
    return new ConnectionTimeoutError('connect', address.description, connectTimeoutMs, error);
  }
  return new Error(`Cannot connect to PostgreSQL at ${address.description}: ${message}. ${hint(codeOf(error), address)}`, { cause: error });
}

function hint(code: string | undefined, { host, port, database, user }: DatabaseAddress): string {
  const createdb = `createdb -h ${host} -p ${port}${user ? ` -U ${user}` : ''} ${database}`;
  switch (code) {
    case '3D000':
      return `The server is running but has no database named ${JSON.stringify(database)}: create it (\`${createdb}\`) or fix the database name in DATABASE_URL.`;
    case '28P01':
      return 'The server refused the password: fix the user name or password in DATABASE_URL.';
    case '28000':
      return `The server refused the user ${JSON.stringify(user)}: create the role, fix the user name in DATABASE_URL, or allow it in the server's pg_hba.conf.`;
    case '53300':
      return 'The server has no free connection slots: stop idle clients, lower --concurrency, or raise max_connections.';
    case '42704':
      return 'The server does not know a setting this connection sends: the paradigm programs set client_connection_check_interval, which needs PostgreSQL 14 or later (upgrade the server); any other comes from the options in DATABASE_URL (fix or remove it).';
    case '57P03':
      return 'The server is starting up or shutting down: retry in a moment.';
    case 'ECONNREFUSED':
    case 'ENOENT':
      return `Nothing is listening on ${host}:${port}: is PostgreSQL running? Start it, or set DATABASE_URL (environment or .env) to a reachable server, or unset it to use the embedded PGlite database.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host name ${JSON.stringify(host)} does not resolve: check the host in DATABASE_URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `The host ${host} cannot be reached over the network: check the host in DATABASE_URL, the network and any firewall.`;
    default:
      return 'Check DATABASE_URL (environment or .env) and that PostgreSQL is running there, or unset it to use the embedded PGlite database.';
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
