import { REBUILD_THRESHOLD } from '@paradigm/recompute';
import { resolveOptions, WorkbenchConfigError } from '../src';

// The queue size from which the in-process recompute rebuilds every form: the default is run's, null
// never rebuilds, and a threshold that could not mean anything stops the server before it starts.
describe('the workbench option rebuildFrom', () => {
  it("defaults to run's threshold and takes null for never", () => {
    expect([resolveOptions({}, {}).rebuildFrom, resolveOptions({ rebuildFrom: null }, {}).rebuildFrom]).toEqual([REBUILD_THRESHOLD, null]);
  });

  it.each([
    [{ minimumLexemes: 0, share: 0.3 }],
    [{ minimumLexemes: 2.5, share: 0.3 }],
    [{ minimumLexemes: 10, share: 1.5 }],
    [{ minimumLexemes: 10, share: Number.NaN }],
  ])('refuses %j, saying what it takes', (rebuildFrom) => {
    const resolving = () => resolveOptions({ rebuildFrom }, {});
    expect(resolving).toThrow(WorkbenchConfigError);
    expect(resolving).toThrow(
      `rebuildFrom is ${JSON.stringify(rebuildFrom)}; use a positive integer of lexemes (minimumLexemes) and a share of the lexicon from 0 to 1, or null for never.`,
    );
  });
});
