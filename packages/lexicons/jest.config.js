module.exports = { ...require('../../jest.preset.js'), displayName: 'lexicons', rootDir: __dirname };
