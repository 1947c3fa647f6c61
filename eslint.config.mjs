// ESLint flat config, picked up by `office-addin-lint check` (it passes `-c eslint.config.mjs`
// when this file exists in the working directory). Files: see the "lint" script.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";
import globals from "globals";

// The office-addins config applies its plugins and rules (Office.js checks, prettier) to .js/.ts
// only, and its parser reference resolves to undefined (hence the explicit parser, as in
// office-addin-lint's own config); the same block is reused for .tsx below.
const officeAddinsCore = officeAddins.configs.react.find(
  (block) => Array.isArray(block.files) && block.files.some((pattern) => pattern.includes("ts"))
);
if (!officeAddinsCore) {
  throw new Error("eslint-plugin-office-addins: recommended TypeScript block not found");
}

export default [
  { ignores: ["dist/**", "lib/**", "out/**", "coverage/**", "node_modules/**"] },
  ...officeAddins.configs.react,
  { ...officeAddinsCore, files: ["**/*.tsx"] },
  react.configs.flat["jsx-runtime"],
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: "latest" },
    rules: {
      ...tseslint.configs.eslintRecommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "warn",
      eqeqeq: ["error", "smart"],
      // Importers and sheet-name cleaning match control characters on purpose.
      "no-control-regex": "off",
      "react/prop-types": "off",
      // The automatic JSX runtime needs no React import, but an existing one counts as used.
      "react/jsx-uses-react": "error",
    },
  },
  {
    // Load/sync rules only make sense for Office.js proxy objects; tests use fakes and ExcelJS.
    files: ["test/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  {
    // CommonJS helpers such as Jest stubs.
    files: ["**/*.{js,cjs}"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: globals.node },
  },
  {
    // ES-module scripts (the e2e runner, the corpus scoreboard, this file).
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module", globals: globals.node },
  },
  {
    // The e2e runner hands functions to page.evaluate; they run in the browser.
    files: ["test/e2e/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
