/** Unit and component tests: Node alone, no browser, no LibreOffice. */
module.exports = {
  testEnvironment: "node",
  // The shared 2-core machine runs several suites at once; a slow test is not a failing one.
  testTimeout: 60_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/support/fast-check-ci.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/engine/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/support/strip-bom-stub.js",
  },
};
