module.exports = { ...require('../../jest.db-preset.js'), displayName: 'workbench', rootDir: __dirname };
