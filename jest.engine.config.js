/** Tests that open generated workbooks in a real spreadsheet engine (LibreOffice headless). */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/engine/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120000,
};
