module.exports = { ...require('../../jest.preset.js'), displayName: 'outside-project', rootDir: __dirname };
