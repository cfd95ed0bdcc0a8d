import { assertRecomputeFits, WorkbenchConfigError } from '../src';

// PGlite opens in one process only: no `paradigm run --follow` could compute the forms beside the server.
describe('external recompute', () => {
  it('is refused on the embedded database, and taken on PostgreSQL', () => {
    expect(() => assertRecomputeFits('external', 'pglite')).toThrow(
      new WorkbenchConfigError(
        'external recompute needs PostgreSQL (DATABASE_URL): the embedded database (PGlite) opens in one process only, so no `paradigm run --follow` ' +
          'could compute the forms beside this server. Use in-process recompute (the default), or point DATABASE_URL at PostgreSQL.',
      ),
    );
    expect(() => assertRecomputeFits('external', 'postgres')).not.toThrow();
    expect(() => assertRecomputeFits('in-process', 'pglite')).not.toThrow();
  });
});
