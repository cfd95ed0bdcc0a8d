module.exports = { ...require('../../jest.db-preset.js'), displayName: 'paradigm', rootDir: __dirname };
