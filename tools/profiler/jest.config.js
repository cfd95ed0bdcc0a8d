module.exports = { ...require('../../jest.preset.js'), displayName: 'profiler', rootDir: __dirname };
