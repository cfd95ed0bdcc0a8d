// The timeout bounds a hang, not a speed: CI runs every project's tests at once on 2 cores (a load of
// 15-30), where a test that spawns a process and opens PGlite in it and here (a few seconds of CPU) took
// 47-60 s, and one failed at 60 s.
module.exports = { ...require('../../jest.db-preset.js'), displayName: 'persistence', rootDir: __dirname, testTimeout: 300000 };
