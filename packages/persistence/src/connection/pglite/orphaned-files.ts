import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/** A relation's file in a database's folder: its file node, then a fork (`_fsm`, `_vm`, `_init`) and a segment (`.1`). */
const RELATION_FILE = /^(\d+)(?:_(?:fsm|vm|init))?(?:\.\d+)?$/;

/** The folder of the open database's relation files, and the file nodes of every relation it has. */
export interface LiveRelationFiles {
  readonly folder: string;
  readonly nodes: ReadonlySet<string>;
}

/**
 * Reads, from PGlite open on `dataDir`, which relation files its database owns. Relations in the default
 * tablespace only: paradigm makes no other.
 */
export async function liveRelationFiles(pg: PGlite, dataDir: string): Promise<LiveRelationFiles> {
  const database = await pg.query<{ oid: number }>('SELECT oid::int FROM pg_database WHERE datname = current_database()');
  const relations = await pg.query<{ node: string }>(
    "SELECT pg_relation_filenode(c.oid)::text AS node FROM pg_class c WHERE c.reltablespace = 0 AND pg_relation_filenode(c.oid) IS NOT NULL",
  );
  return { folder: join(dataDir, 'base', String(database.rows[0]!.oid)), nodes: new Set(relations.rows.map((row) => row.node)) };
}

/** The relation files in `live.folder` that no relation owns (read while PGlite is open, or after it closed). */
export function orphanedRelationFiles(live: LiveRelationFiles): string[] {
  return readdirSync(live.folder).filter((name) => {
    const node = RELATION_FILE.exec(name)?.[1];
    return node !== undefined && !live.nodes.has(node);
  });
}

/**
 * With PGlite closed: removes the relation files in `live.folder` that no relation owns, and resolves to
 * their names. PGlite's backend is the process, so a process killed inside a transaction that created a
 * table (a rebuild's or an import's new forms table, as large as `forms`) leaves that table's files:
 * crash recovery rolls the transaction back but does not remove them, and each kill would leave more.
 * (A PostgreSQL server's backend outlives its client and removes them as the transaction aborts.) Run only
 * after a closed PGlite's shutdown checkpoint, which has also removed the files of relations dropped
 * before it, and with `live` read before that close: nothing in the folder can then refer to the others.
 */
export function removeOrphanedRelationFiles(live: LiveRelationFiles): string[] {
  const orphans = orphanedRelationFiles(live);
  for (const name of orphans) rmSync(join(live.folder, name), { force: true });
  return orphans;
}
