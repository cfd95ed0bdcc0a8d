import { formatArtifactJson } from '../src/artifacts/artifact-json';

describe('formatArtifactJson', () => {
  it('indents objects by two spaces and keeps arrays of numbers on one line', () => {
    expect(formatArtifactJson({ a: 1, values: [1.5, -2, 3e-7], nested: { p: [10] }, names: ['x', 'y'], rows: [{ v: [1, 2] }], empty: [] })).toBe(`{
  "a": 1,
  "values": [1.5, -2, 3e-7],
  "nested": {
    "p": [10]
  },
  "names": [
    "x",
    "y"
  ],
  "rows": [
    {
      "v": [1, 2]
    }
  ],
  "empty": []
}
`);
  });

  it('reads back to the same value, strings that look like arrays untouched', () => {
    const value = { samples: [0.001, 12345.678, 1e21], text: 'a [ 1, 2 ] b', nested: [[1, 2], [3]] };
    const text = formatArtifactJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"a [ 1, 2 ] b"');
  });
});
