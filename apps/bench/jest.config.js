module.exports = { ...require('../../jest.db-preset.js'), displayName: 'bench', rootDir: __dirname };
