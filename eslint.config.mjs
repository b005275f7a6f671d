// ESLint 9 flat config: ESLint's and Next's rules (React, React hooks with the React Compiler rules,
// jsx-a11y, import, @next/next core web vitals), typescript-eslint's recommended set,
// and a per-folder guard against hard-coded user-visible strings for the next-intl move.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import eslintComments from "@eslint-community/eslint-plugin-eslint-comments/configs";

/**
 * Where user-visible text must come from the message catalog (next-intl): every component and
 * page. A string literal in JSX text or in a readable prop (aria-label, placeholder, alt, label…)
 * fails lint; a unit test proves the rule fires (lib/i18n/no-literals.test.ts).
 */
export const I18N_DONE = ["app/**/*.tsx", "components/**/*.tsx"];

/**
 * JSX text that may stay: punctuation and symbols that read the same in every language (the rule
 * compares trimmed text, and whitespace-only text is always allowed). Add a run of them here if a
 * converted file needs one; anything with a letter in it belongs in the catalog.
 */
// prettier-ignore
const LANGUAGE_NEUTRAL = [
  "·", "—", "–", "-", "−", "×", "/", ":", "(", ")", "%", "$", "€", "£", ",", ".", "…", "|", "+", "*", "#", "&",
  "!", "?", "→", "←", "↑", "↓", "✓", "•", "▾", "★", "&nbsp;", "\u00a0", "&middot;", "&times;", "&mdash;", "&ndash;",
  // runs of them between two expressions, e.g. ({count}), {total}/{limit}
  "),", ").", "):", "%)", "(#", "%),", "×)",
];

/** Props that people read (or hear, through a screen reader): a string literal in one is copy. */
const READABLE_PROP =
  "/^(aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|placeholder|title|alt|label|description|hint|detail|heading|message|[a-z][A-Za-z]*(Label|Text|Title|Description|Message))$/";
const HAS_LETTER = "/[A-Za-z]/";
const USE_CATALOG = "User-visible text comes from the message catalog (next-intl t()), not a string literal.";

/** The i18n rules, exported so a throwaway config can try them on any file. */
export const I18N_RULES = {
  // JSX text and {"string"} / {`template`} children. Props are left to the selectors below, so
  // className, href, type, id, name, role, data-* and the like stay allowed.
  "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, noAttributeStrings: false, allowedStrings: LANGUAGE_NEUTRAL }],
  "no-restricted-syntax": [
    "error",
    // aria-label="Close", placeholder="Search", <Field label="Email" />
    { selector: `JSXAttribute[name.name=${READABLE_PROP}] > Literal[value=${HAS_LETTER}]`, message: USE_CATALOG },
    // aria-label={"Close"}, title={`Remove ${name}`}
    {
      selector: `JSXAttribute[name.name=${READABLE_PROP}] > JSXExpressionContainer > :matches(Literal[value=${HAS_LETTER}], TemplateLiteral[quasis.length>0]:has(TemplateElement[value.raw=${HAS_LETTER}]))`,
      message: USE_CATALOG,
    },
    // {ok ? "Saved" : "Failed"} and {busy && "Saving…"} as children slip past jsx-no-literals...
    {
      selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${HAS_LETTER}]`,
      message: USE_CATALOG,
    },
    // ...and one level deeper: {a ? "One" : b ? "Two" : "Three"}.
    {
      selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${HAS_LETTER}]`,
      message: USE_CATALOG,
    },
  ],
};

export default defineConfig([
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "coverage/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "screenshots/**",
    ".data/**",
    "next-env.d.ts",
    "bench/ceiling-app/.next/**",
    "public/sw.js",
  ]),

  // ESLint's own recommended rules; typescript-eslint's preset (inside nextTs) then switches off
  // the ones TypeScript already checks in .ts/.tsx.
  js.configs.recommended,
  ...nextVitals,
  ...nextTs,

  {
    name: "aisle/lint-options",
    linterOptions: {
      reportUnusedDisableDirectives: "error",
      reportUnusedInlineConfigs: "error",
    },
  },

  // Every eslint-disable says why, beside it: `// eslint-disable-next-line rule -- reason`.
  eslintComments.recommended,
  {
    name: "aisle/eslint-comments",
    rules: {
      "@eslint-community/eslint-comments/require-description": ["error", { ignore: ["eslint-enable"] }],
      "@eslint-community/eslint-comments/no-unlimited-disable": "error",
    },
  },

  {
    name: "aisle/typescript",
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      // Next's preset makes these warnings; lint runs with --max-warnings 0, so they are errors.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      "@typescript-eslint/no-unused-expressions": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },

  // i18n, switched on folder by folder through I18N_DONE.
  ...(I18N_DONE.length === 0 ? [] : [{ name: "aisle/i18n-no-literals", files: I18N_DONE, ignores: ["**/*.test.tsx"], rules: I18N_RULES }]),
]);
