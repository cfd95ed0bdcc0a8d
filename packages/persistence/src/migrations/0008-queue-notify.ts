import { type Kysely, sql } from 'kysely';

// `worker run --follow` sleeps on an empty queue; these triggers wake it. Every statement that inserts
// into a queue sends a notification on QUEUE_CHANNEL (`queue/queue-channel.ts`). PostgreSQL delivers it
// when the transaction commits, and only once per transaction and channel however many statements sent
// it, so a COPY of a whole lexicon costs one notification. A statement whose ON CONFLICT inserted nothing
// still notifies: the worker then finds nothing new, which is harmless.
const STATEMENTS = [
  `CREATE FUNCTION recompute_notify() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_notify('paradigm_recompute', '');
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER recompute_queue_notify AFTER INSERT ON recompute_queue FOR EACH STATEMENT EXECUTE FUNCTION recompute_notify()`,
  `CREATE TRIGGER recompute_pattern_queue_notify AFTER INSERT ON recompute_pattern_queue FOR EACH STATEMENT EXECUTE FUNCTION recompute_notify()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'DROP TRIGGER recompute_pattern_queue_notify ON recompute_pattern_queue',
    'DROP TRIGGER recompute_queue_notify ON recompute_queue',
    'DROP FUNCTION recompute_notify()',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
