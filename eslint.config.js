// ESLint: the recommended TypeScript rules; generated code is not ours to lint. The boundaries
// of the architecture are rules too, so a shortcut through them fails the build:
// - only src/store/ talks to Prisma (imports it, or calls the client's model and raw APIs);
// - src/core/ is pure: it imports nothing but core/;
// - file formats (**/documents/) read and write files, never the store or the chat.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const PRISMA_IMPORTS = {
  group: ["@prisma/*", "prisma", "**/generated/**", "better-sqlite3", "pg"],
  message: "Only src/store/ talks to the database: add a repository function there.",
};

// The client's model delegates and raw API, reached through a db or tx outside the store.
const MODELS =
  "agency|officer|chatAccount|chatGroup|task|extensionRequest|linkCode|auditEntry|holiday|codeSequence|outboxMessage|sentMessage|reminder|sweepRun|processedUpdate|pendingChoice";
const PRISMA_CALLS = [
  {
    selector: "MemberExpression[property.name=/^\\$(transaction|queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe|disconnect)$/]",
    message: "Only src/store/ talks to the database: use inTransaction() or a repository function.",
  },
  {
    selector: `MemberExpression[property.name=/^(${MODELS})$/][object.name=/^(db|tx|prisma)$/]`,
    message: "Only src/store/ talks to the database: add a repository function there.",
  },
  {
    selector: `MemberExpression[property.name=/^(${MODELS})$/][object.property.name=/^(db|tx|prisma)$/]`,
    message: "Only src/store/ talks to the database: add a repository function there.",
  },
];

const CORE_IMPORTS = {
  regex: "^(?!\\.\\.?/)|^\\.\\./\\.\\./",
  message: "src/core/ is pure: it imports only from core/ (no packages, no adapters).",
};
const DOCUMENT_IMPORTS = {
  group: ["**/store/**", "**/services/**", "**/delivery/**", "**/conversation/**", "**/channels/**"],
  message: "File formats read and write files: they take data, never the store or the chat.",
};

const restrict = (...patterns) => ["error", { patterns }];

export default tseslint.config(
  { ignores: ["node_modules", "dist", "src/generated", "coverage", "tmp", "data"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/store/**"],
    rules: { "no-restricted-imports": restrict(PRISMA_IMPORTS), "no-restricted-syntax": ["error", ...PRISMA_CALLS] },
  },
  // What the store hands out is a declared plain type, never the shape Prisma infers.
  { files: ["src/store/**/*.ts"], rules: { "@typescript-eslint/explicit-module-boundary-types": "error" } },
  { files: ["src/core/**/*.ts"], rules: { "no-restricted-imports": restrict(PRISMA_IMPORTS, CORE_IMPORTS) } },
  { files: ["src/**/documents/**/*.ts"], rules: { "no-restricted-imports": restrict(PRISMA_IMPORTS, DOCUMENT_IMPORTS) } },
  { files: ["bench/**", "scripts/**", "test/support/global-setup.ts"], rules: { "no-console": "off" } },
);
