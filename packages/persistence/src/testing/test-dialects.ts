import type { Dialect } from '../connection/connection';

/** Every dialect the DB tests run on: `for (const dialect of TEST_DIALECTS) describe(dialect, ...)`. */
export const TEST_DIALECTS: readonly Dialect[] = ['postgres', 'pglite'];

/** The env var through which the jest global setup tells test files where PostgreSQL is. */
export const ADMIN_URL_VARIABLE = 'PARADIGM_TEST_ADMIN_URL';

/** Local server tried when neither {@link ADMIN_URL_VARIABLE} nor `DATABASE_URL` is set. */
export const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
