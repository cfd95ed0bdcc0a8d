// The trigger functions that queue what an edit changed (see the `recompute-queue` migration), written
// for either treatment of a row that is queued already:
// - `leave`: `ON CONFLICT DO NOTHING`, as the queue was first built;
// - `hold`: `ON CONFLICT ... DO UPDATE ... WHERE false`, which updates nothing but locks the queued row
//   until the editing transaction ends. A worker's claim (`FOR UPDATE SKIP LOCKED`) then passes the row
//   by until the edit commits, so no worker reads the lexicon without an edit whose queue row it took;
//   with `leave`, a claim could take the row while the edit was still open, compute the old data, and
//   the edit then committed with nothing queued.

/** How a trigger's insert treats a row that is queued already. */
export type QueuedRow = 'leave' | 'hold';

/** The three `CREATE OR REPLACE FUNCTION` statements, for `lexemes`, `lexeme_patterns` and `patterns`. */
export function enqueueFunctions(queued: QueuedRow): string[] {
  const lexemeConflict = queued === 'leave' ? 'ON CONFLICT DO NOTHING' : 'ON CONFLICT (lexeme_id) DO UPDATE SET lexeme_id = excluded.lexeme_id WHERE false';
  const patternConflict = queued === 'leave' ? 'ON CONFLICT DO NOTHING' : 'ON CONFLICT (pattern_id, name) DO UPDATE SET name = excluded.name WHERE false';
  return [
    `CREATE OR REPLACE FUNCTION recompute_enqueue_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' THEN
         INSERT INTO recompute_queue (lexeme_id) SELECT id FROM new_rows ORDER BY id ${lexemeConflict};
       ELSIF TG_OP = 'DELETE' THEN
         INSERT INTO recompute_queue (lexeme_id) SELECT id FROM old_rows ORDER BY id ${lexemeConflict};
       ELSE
         INSERT INTO recompute_queue (lexeme_id)
         SELECT id FROM (
           SELECT n.id FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id WHERE o.id IS NULL OR (o.*) IS DISTINCT FROM (n.*)
           UNION
           SELECT o.id FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id WHERE n.id IS NULL
         ) changed ORDER BY id ${lexemeConflict};
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE OR REPLACE FUNCTION recompute_enqueue_lexeme_patterns() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' THEN
         INSERT INTO recompute_queue (lexeme_id) SELECT DISTINCT lexeme_id FROM new_rows ORDER BY lexeme_id ${lexemeConflict};
       ELSIF TG_OP = 'DELETE' THEN
         INSERT INTO recompute_queue (lexeme_id) SELECT DISTINCT lexeme_id FROM old_rows ORDER BY lexeme_id ${lexemeConflict};
       ELSE
         INSERT INTO recompute_queue (lexeme_id)
         SELECT lexeme_id FROM (SELECT lexeme_id FROM new_rows UNION SELECT lexeme_id FROM old_rows) changed
         ORDER BY lexeme_id ${lexemeConflict};
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE OR REPLACE FUNCTION recompute_enqueue_patterns() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE changes bigint;
     BEGIN
       IF TG_OP = 'INSERT' THEN
         INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM new_rows ORDER BY id, name ${patternConflict};
       ELSIF TG_OP = 'DELETE' THEN
         INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM old_rows ORDER BY id, name ${patternConflict};
       ELSIF TG_OP = 'UPDATE' THEN
         -- Bump the version even when the change is already queued: a worker may have compiled the
         -- earlier edit, not this one.
         WITH changed AS (
           SELECT id, name FROM (
           SELECT o.id, o.name FROM old_rows o WHERE NOT EXISTS
             (SELECT 1 FROM new_rows n WHERE n.id = o.id AND n.name = o.name AND n.source = o.source)
           UNION
           SELECT n.id, n.name FROM new_rows n WHERE NOT EXISTS
             (SELECT 1 FROM old_rows o WHERE o.id = n.id AND o.name = n.name AND o.source = n.source)
           ) c
         ), queued AS (
           INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM changed ORDER BY id, name ${patternConflict}
         )
         SELECT count(*) INTO changes FROM changed;
         IF changes = 0 THEN RETURN NULL; END IF;
       END IF;
       UPDATE recompute_state SET patterns_version = patterns_version + 1;
       RETURN NULL;
     END $$`,
  ];
}
