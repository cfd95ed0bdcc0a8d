import type { Connection } from '../connection/connection';

/**
 * What a rebuilt `forms` must have besides its columns, read from the catalog of the live table so a
 * rebuild follows the migrations instead of repeating them: each statement already targets the new
 * table, under a temporary name that {@link FormsDefinition.renames} gives back after the swap.
 */
export interface FormsDefinition {
  /** The new table these statements target. */
  readonly table: string;
  /** `CREATE INDEX` and `ALTER TABLE ... ADD CONSTRAINT` (primary key, unique, exclusion, foreign key): built after the rows are in. */
  readonly indexes: readonly string[];
  /**
   * `CREATE TRIGGER` of the live table's own triggers, `GRANT`s of its privileges, and the statistics
   * targets set on its columns and its indexes' columns (which `CREATE TABLE ... LIKE` does not copy):
   * run after the indexes are built, before `ANALYZE`.
   */
  readonly extras: readonly string[];
  /** Run after the old table is dropped and the new one renamed to `forms`. */
  readonly renames: readonly string[];
  /**
   * The largest statistics target set on a column of the live table's indexes, if any. An index built
   * in a transaction keeps, for that transaction, the target it was created with: PostgreSQL reloads
   * such an index's cached description without its columns, so `ALTER INDEX ... SET STATISTICS` takes
   * effect for `ANALYZE` only after the commit. The rebuild's `ANALYZE` runs with this as its default
   * target instead (measured in a rebuild's transaction on 979,455 rows, load 3: 90-170 ms with the
   * index's target set by `ALTER INDEX`, as with none, against 16-34 ms with the default at 10).
   */
  readonly indexStatisticsTarget?: number;
}

/**
 * The catalog rows {@link toFormsDefinition} reads, for `table` in the current schema. The grants come
 * from the table's ACL (`aclexplode`, grantee 0 being PUBLIC), not `information_schema`, whose views
 * took longer to plan than the rest of the statement took to run (2-10 ms against 0.2-0.3 ms, psql,
 * load 5-8). `table` is a literal, so that the statement can follow others in one round trip.
 */
export function formsDefinitionSql(table: string): string {
  const relation = `to_regclass(${literal(table)})`;
  return `
  SELECT 'index' AS kind, i.relname AS name, pg_get_indexdef(i.oid) AS definition,
         (SELECT string_agg(a.attnum || ' ' || a.attstattarget, ',' ORDER BY a.attnum) FROM pg_attribute a
           WHERE a.attrelid = i.oid AND a.attnum > 0 AND a.attstattarget >= 0) AS statistics
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
  WHERE x.indrelid = ${relation} AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.conrelid = x.indrelid)
  UNION ALL
  SELECT 'constraint', c.conname, pg_get_constraintdef(c.oid), NULL
  FROM pg_constraint c WHERE c.conrelid = ${relation} AND c.contype IN ('p', 'u', 'x', 'f')
  UNION ALL
  SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid), NULL
  FROM pg_trigger t WHERE t.tgrelid = ${relation} AND NOT t.tgisinternal
  UNION ALL
  SELECT 'grant', CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END, g.privilege_type, NULL
  FROM pg_class r, aclexplode(r.relacl) g
  WHERE r.oid = ${relation} AND g.grantee <> g.grantor
  UNION ALL
  SELECT 'statistics', a.attname, a.attstattarget::text, NULL
  FROM pg_attribute a WHERE a.attrelid = ${relation} AND a.attnum > 0 AND NOT a.attisdropped AND a.attstattarget >= 0
  ORDER BY 1, 2`;
}

/** `CREATE [UNIQUE] INDEX name ON [ONLY] table USING ...`, as `pg_get_indexdef` prints it. */
const INDEX_DEFINITION = /^CREATE (UNIQUE )?INDEX \S+ ON (?:ONLY )?\S+ (USING .*)$/s;
/** `CREATE [CONSTRAINT] TRIGGER name ... ON table ...`, as `pg_get_triggerdef` prints it. */
const TRIGGER_TABLE = / ON \S+ /;

/** One row of {@link formsDefinitionSql}. */
export interface FormsDefinitionRow {
  readonly kind: string;
  readonly name: string;
  readonly definition: string;
  /** An index's columns with a statistics target of their own: `attnum target`, comma-separated; else null. */
  readonly statistics?: string | null;
}

/** Reads {@link FormsDefinition} of `table` (in the current schema) for a new table named `next`. */
export async function readFormsDefinition(conn: Connection, table: string, next: string): Promise<FormsDefinition> {
  return toFormsDefinition((await conn.query<FormsDefinitionRow>(formsDefinitionSql(table))).rows, table, next);
}

/** {@link FormsDefinition} of `table` for a new table named `next`, from the rows {@link formsDefinitionSql} read. */
export function toFormsDefinition(rows: readonly FormsDefinitionRow[], table: string, next: string): FormsDefinition {
  const indexes: string[] = [];
  const extras: string[] = [];
  const renames: string[] = [];
  let indexStatisticsTarget: number | undefined;
  rows.forEach((row, i) => {
    const temporary = `${next}_${i}`;
    if (row.kind === 'index') {
      const match = INDEX_DEFINITION.exec(row.definition);
      if (!match) throw new Error(`Cannot rebuild index ${row.name} of ${table}: its definition ${JSON.stringify(row.definition)} is not of the form CREATE INDEX name ON table USING ...; drop or recreate it, or recompute without --all.`);
      indexes.push(`CREATE ${match[1] ?? ''}INDEX ${temporary} ON ${next} ${match[2]}`);
      renames.push(`ALTER INDEX ${temporary} RENAME TO ${quote(row.name)}`);
      for (const column of row.statistics ? row.statistics.split(',') : []) {
        const [attnum, target] = column.split(' ');
        extras.push(`ALTER INDEX ${temporary} ALTER COLUMN ${Number(attnum)} SET STATISTICS ${Number(target)}`);
        indexStatisticsTarget = Math.max(indexStatisticsTarget ?? 0, Number(target));
      }
    } else if (row.kind === 'constraint') {
      indexes.push(`ALTER TABLE ${next} ADD CONSTRAINT ${temporary} ${row.definition}`);
      renames.push(`ALTER TABLE ${table} RENAME CONSTRAINT ${temporary} TO ${quote(row.name)}`);
    } else if (row.kind === 'statistics') {
      extras.push(`ALTER TABLE ${next} ALTER COLUMN ${quote(row.name)} SET STATISTICS ${Number(row.definition)}`);
    } else if (row.kind === 'trigger') {
      extras.push(row.definition.replace(TRIGGER_TABLE, ` ON ${next} `));
    } else {
      extras.push(`GRANT ${row.definition} ON ${next} TO ${row.name === 'PUBLIC' ? 'PUBLIC' : quote(row.name)}`);
    }
  });
  return { table: next, indexes, extras, renames, ...(indexStatisticsTarget === undefined ? {} : { indexStatisticsTarget }) };
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
