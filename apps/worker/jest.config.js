module.exports = { ...require('../../jest.db-preset.js'), displayName: 'worker', rootDir: __dirname };
