import { cancelWaitToLead, listenToQueue, listenToRelay, relayWakeup, relayWakeupToOne, waitForClaimsInFlight, waitToLeadWakeups } from '@paradigm/persistence';

// The statements of `run --follow`'s wake-up, checked as text; run against a real PostgreSQL by
// one-notification-wakes-one-follower and the worker's run-follow-leader-killed-loses-no-wakeup.
describe('wake-up SQL', () => {
  it('takes the wake lock as a two-key session lock that waits, and cancels that wait by pid', () => {
    expect(waitToLeadWakeups()).toEqual({ text: 'SELECT pg_advisory_lock($1::int, 0)', values: [0x7061_7277] });
    expect(cancelWaitToLead(4242)).toEqual({ text: 'SELECT pg_cancel_backend($1)', values: [4242] });
  });

  it('listens on the queue channel and the relay channel', () => {
    expect([listenToQueue(), listenToRelay()]).toEqual([
      { text: 'LISTEN "paradigm_recompute"', values: [] },
      { text: 'LISTEN "paradigm_recompute_relay"', values: [] },
    ]);
  });

  it('waits at most 200 ms for the transactions that hold the queues, in one implicit transaction without parameters', () => {
    expect(waitForClaimsInFlight()).toEqual({ text: "SET LOCAL lock_timeout = '200ms'; LOCK TABLE recompute_queue, recompute_pattern_queue IN SHARE MODE", values: [] });
  });

  it('relays to every process with an empty payload, or to the next waiter for the lock by pid, in turn', () => {
    expect(relayWakeup()).toEqual({ text: "SELECT pg_notify($1, '')", values: ['paradigm_recompute_relay'] });
    expect(relayWakeupToOne(17)).toEqual({
      text:
        "WITH waiters AS (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $2 AND objid = 0 AND objsubid = 2 AND NOT granted " +
        'AND database = (SELECT oid FROM pg_database WHERE datname = current_database())), ' +
        'chosen AS (SELECT coalesce((SELECT min(pid) FROM waiters WHERE pid > $3), (SELECT min(pid) FROM waiters)) AS pid) ' +
        "SELECT pid, pg_notify($1, coalesce(pid::text, '')) FROM chosen",
      values: ['paradigm_recompute_relay', 0x7061_7277, 17],
    });
  });
});
