module.exports = { ...require('../../jest.db-preset.js'), displayName: 'recompute', rootDir: __dirname };
