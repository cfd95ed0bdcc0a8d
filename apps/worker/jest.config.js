// The timeout bounds a hang, not a speed: a test here starts up to 4 worker processes one after the
// other, and at a load of 30 on 2 cores one took 49 s to start (1.2 s of CPU); crash-safety-sigkill's
// two tests both ran past 120 s there.
module.exports = { ...require('../../jest.db-preset.js'), displayName: 'worker', rootDir: __dirname, testTimeout: 300000 };
