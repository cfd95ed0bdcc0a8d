import { CONNECTION_DEFAULTS as C, DEFAULTS, MAX_CONCURRENCY, REBUILD_THRESHOLD } from '@paradigm/recompute';

/** The `--help` text. */
export const HELP_TEXT = `Usage: worker <command> [flags]

Keeps the forms table equal to what the lexemes and patterns generate.

Commands
  recompute            Recompute the forms of lexemes now (full recompute).
    --limit N          The first N lexemes by id (default ${DEFAULTS.limit}).
    --all              Every lexeme, into a new table that replaces forms in one short transaction at the
                       end (readers see the old forms until then; an interrupted rebuild changes nothing).
                       Forms of ids that have no lexeme go (repairs deletes and TRUNCATEs made with the
                       triggers off). Run \`run\` after it. One process, one snapshot of the lexicon.
    --shared           With --all, PostgreSQL: start or join a rebuild that every \`recompute --all --shared\`
                       process shares by ranges of lexeme ids (start several on one machine or several).
                       A killed one leaves the rebuild to resume; a plain --all discards it and starts over.
    --lexemes 1,2,3    Exactly these lexeme ids (an id that no lexeme has refuses the command, naming it:
                       exit 1, nothing computed).
  run                  Drain the recompute queue: lexemes changed since their forms were written
                       (triggers record every insert, update and delete, by any client).
    --follow           Keep running and pick up new changes (woken by NOTIFY on PostgreSQL; polls every --poll-ms).
    --poll-ms N        Poll interval with --follow (default ${DEFAULTS.pollMs}).
    --retry-failed     Queue again the lexemes whose last recompute failed.
    --rebuild-from N   Rebuild every lexeme's forms, as recompute --all does, when the queue holds at least
                       N lexemes and ${REBUILD_THRESHOLD.share * 100}% of the lexicon (default ${REBUILD_THRESHOLD.minimumLexemes}), such as after a
                       pattern change most lexemes reach; then drain what was edited meanwhile.
    --no-rebuild       Replace the queued lexemes' forms batch by batch however many there are.

Flags for both
  --method copy|unnest|insert   Form writer (default ${DEFAULTS.method}). --use-copy is --method copy.
  --batch-size N                Lexemes per transaction (default ${DEFAULTS.batchSize}).
  --batch-forms N               Most forms held and written at a time (default ${DEFAULTS.batchForms}): a page whose
                                lexemes generate more is written as several batches, so memory stays bounded
                                by forms, not only by lexemes.
  --concurrency N               Batches written at once on separate connections (default ${DEFAULTS.concurrency}, at most
                                ${MAX_CONCURRENCY}; the embedded PGlite database always uses 1).
  --progress auto|bar|lines|none  Progress on stderr: a bar on a terminal, JSON lines otherwise (default auto).
  --shutdown-timeout-ms N       After SIGINT/SIGTERM, time for the batch in flight (default ${DEFAULTS.shutdownTimeoutMs});
                                a second signal exits at once.
  --report FILE                 Also write the run's report as JSON (counts, per-phase p50/p95/p99, peak RSS).

Connection limits (milliseconds, 0 = no limit; PostgreSQL only; see docs/timeouts.md)
  --connect-timeout-ms N        Wait for a new connection to answer (default ${C.connectTimeoutMs}).
  --query-timeout-ms N          Wait for a statement's answer, then drop the connection (default ${C.queryTimeoutMs});
                                must be above --statement-timeout-ms.
  --statement-timeout-ms N      Server cancels a statement running longer (statement_timeout, default ${C.statementTimeoutMs}).
  --idle-in-transaction-timeout-ms N  Server ends a session silent inside a transaction this long, freeing its
                                claims (idle_in_transaction_session_timeout, default ${C.idleInTransactionTimeoutMs}).
  --tcp-user-timeout-ms N       Server drops a connection whose data stays unacknowledged (tcp_user_timeout,
                                default ${C.tcpUserTimeoutMs}).
  --keepalive-ms N              TCP keep-alive after this much silence, both sides (default ${C.keepAliveMs}).
  --reconnect-initial-ms N      run --follow: first wait before reconnecting (default ${C.reconnectInitialMs}); doubles
  --reconnect-max-ms N          per failed attempt up to this (default ${C.reconnectMaxMs}).
  -h, --help                    This text.

Database: DATABASE_URL (environment or .env) selects PostgreSQL; without it, the embedded PGlite database
in .data/pglite is used. Migrations run on open.

With --follow, \`run\` reconnects (logging each attempt) when the database goes away or times out;
otherwise the command ends with a message naming the database and what happened.

Exit codes: 0 done, 1 some lexemes or patterns failed (listed in the summary; their old forms are kept)
or --lexemes named ids that no lexeme has, 2 bad command line, 3 database unreachable, lost or timed out,
130 interrupted.
`;
