module.exports = { ...require('../../jest.preset.js'), displayName: 'lexicon', rootDir: __dirname };
