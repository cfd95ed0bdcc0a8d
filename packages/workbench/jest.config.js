// The timeout bounds a hang, not a speed: at a load of 33 on 2 cores the page test's set-up (a
// workbench on PGlite, then Chromium) ran past 120 s, and its tests took 36-208 s at a load of 25-30.
module.exports = { ...require('../../jest.db-preset.js'), displayName: 'workbench', rootDir: __dirname, testTimeout: 300000 };
