module.exports = { ...require('../../jest.db-preset.js'), displayName: 'lexicon', rootDir: __dirname };
