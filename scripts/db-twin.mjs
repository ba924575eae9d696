// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: same models, PostgreSQL
// datasource, its own generated client. Run by `npm run db:twin` (and by db:migration).
import { readFileSync, writeFileSync } from "node:fs";

const MARKER = "// --- models";
const sqlite = readFileSync("prisma/schema.prisma", "utf8");
const at = sqlite.indexOf(MARKER);
if (at < 0) throw new Error(`prisma/schema.prisma has no "${MARKER}" line`);
const header = `// GENERATED from prisma/schema.prisma by \`npm run db:twin\`: edit that file, not this one.

generator client {
  provider     = "prisma-client"
  output       = "../../src/generated/prisma-pg"
  engineType   = "client"
  moduleFormat = "esm"
  importFileExtension = "js"
}

datasource db {
  provider = "postgresql"
  url      = "postgresql://localhost/test"
}

`;
writeFileSync("prisma/postgres/schema.prisma", header + sqlite.slice(at));
console.log("prisma/postgres/schema.prisma written");
