import { stopFoundPostgres } from './global-setup';

/** Jest `globalTeardown`: stops the throwaway PostgreSQL if `global-setup` started one. */
export default async function globalTeardown(): Promise<void> {
  await stopFoundPostgres();
}
