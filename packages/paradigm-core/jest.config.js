module.exports = { ...require('../../jest.preset.js'), displayName: 'paradigm-core', rootDir: __dirname };
