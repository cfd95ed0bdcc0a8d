export type { Connection, Dialect, PooledConnection, QueryResult } from './connection/connection';
export type { Database, OpenOptions } from "./connection/database";
export type { FormBatch, FormWriter, WriterName } from './writers/form-writer';
