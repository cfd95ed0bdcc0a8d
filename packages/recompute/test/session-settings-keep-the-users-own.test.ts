import { CONNECTION_DEFAULTS, withWorkerSessionSettings, workerSessionSettings } from '../src';

describe("the worker's session settings", () => {
  const settings = workerSessionSettings(CONNECTION_DEFAULTS);

  it('are every default timeout, in the startup options of the URL', () => {
    const url = new URL(withWorkerSessionSettings('postgres://u:p@h:5432/db?sslmode=disable', settings)!);
    expect([url.searchParams.get('sslmode'), url.searchParams.get('options')]).toEqual([
      'disable',
      '-c client_connection_check_interval=1000 -c jit=off -c statement_timeout=300000 -c idle_in_transaction_session_timeout=60000 -c tcp_user_timeout=30000 -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=10',
    ]);
  });

  it("leave alone a setting the URL's own options already set", () => {
    const url = new URL(withWorkerSessionSettings('postgres://h/db?options=-c%20statement_timeout%3D0%20-c%20jit%3Don', settings)!);
    expect(url.searchParams.get('options')).toBe(
      '-c statement_timeout=0 -c jit=on -c client_connection_check_interval=1000 -c idle_in_transaction_session_timeout=60000 -c tcp_user_timeout=30000 -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=10',
    );
  });

  it('leave the embedded database (no URL) as it is', () => {
    expect(withWorkerSessionSettings(undefined, settings)).toBeUndefined();
  });
});
