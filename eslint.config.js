// Lint: typescript-eslint's recommended rules, plus eslint-plugin-regexp to
// catch regular expressions that can backtrack super-linearly (ReDoS).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "bench/corpus/", "fixtures/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "warn",
      "regexp/no-super-linear-move": "off",
      "regexp/no-dupe-disjunctions": "error",
      "regexp/no-useless-quantifier": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    // the bin is CommonJS (bin/package.json): it requires the start-up bundle
    files: ["bin/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
