// The architecture's boundaries are lint rules (eslint.config.js): these fixtures show each rule
// failing on the shortcut it forbids, and staying quiet on the way the code is meant to go.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith("no-restricted")).map((m) => m.message);
}

describe("only src/store/ talks to the database", () => {
  it("refuses Prisma's packages and the generated client anywhere else", async () => {
    for (const spec of ["../generated/prisma/client.js", "@prisma/client", "@prisma/adapter-pg", "better-sqlite3"]) {
      const found = await problems("src/conversation/fixture.ts", `import x from "${spec}";\nexport default x;\n`);
      expect(found, spec).toEqual([expect.stringContaining("Only src/store/")]);
    }
  });

  it("refuses the client's model and raw calls through a db or a transaction", async () => {
    const calls = [
      "export const f = (db: any) => db.task.findMany();",
      "export const f = (tx: any) => tx.officer.update({});",
      "export const f = (turn: any) => turn.deps.db.chatAccount.findUnique({});",
      "export const f = (db: any) => db.$transaction(async () => 1);",
      "export const f = (db: any) => db.$queryRaw`SELECT 1`;",
    ];
    for (const code of calls) expect(await problems("src/completion/fixture.ts", code), code).toHaveLength(1);
  });

  it("allows all of it inside src/store/", async () => {
    const code =
      'import type { Prisma } from "../generated/prisma/client.js";\nexport const f = (db: any): Prisma.TaskWhereInput => db.task.findMany();\n';
    expect(await problems("src/store/fixture.ts", code)).toEqual([]);
  });

  it("allows the store's own functions everywhere", async () => {
    const code = 'import { inTransaction } from "../store/tx.js";\nexport const f = (db: any) => inTransaction(db, async () => 1);\n';
    expect(await problems("src/conversation/fixture.ts", code)).toEqual([]);
  });
});

describe("the store hands out declared plain types", () => {
  const boundaryTypes = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: "src/store/fixture-repo.ts" });
    return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/explicit-module-boundary-types");
  };

  it("refuses a repository function whose return type is whatever Prisma infers", async () => {
    expect(
      await boundaryTypes('import type { Tx } from "./tx.js";\nexport function listAll(tx: Tx) {\n  return tx.holiday.findMany();\n}\n'),
    ).toHaveLength(1);
  });

  it("accepts one that declares it", async () => {
    const code =
      'import type { Tx } from "./tx.js";\nexport function listAll(tx: Tx): Promise<{ date: string }[]> {\n  return tx.holiday.findMany();\n}\n';
    expect(await boundaryTypes(code)).toEqual([]);
  });
});

describe("src/core/ imports only core/", () => {
  it("refuses adapters, the store and packages", async () => {
    for (const spec of ["../../store/client.js", "../../i18n/i18n.js", "grammy", "node:fs"]) {
      const found = await problems("src/core/tasks/fixture.ts", `import x from "${spec}";\nexport default x;\n`);
      expect(found, spec).not.toEqual([]);
    }
  });

  it("allows other parts of core", async () => {
    expect(
      await problems("src/core/tasks/fixture.ts", 'import { addDays } from "../calendar/local-date.js";\nexport default addDays;\n'),
    ).toEqual([]);
  });
});

describe("file formats never reach the store or the chat", () => {
  it("refuses store and delivery imports under documents/", async () => {
    for (const spec of ["../../store/tasks-repo.js", "../../delivery/outbox.js"]) {
      const found = await problems("src/monthly-report/documents/fixture.ts", `import x from "${spec}";\nexport default x;\n`);
      expect(found, spec).toEqual([expect.stringContaining("File formats")]);
    }
    expect(
      await problems("src/import-export/documents/fixture.ts", 'import { tidy } from "../../core/text/fold.js";\nexport default tidy;\n'),
    ).toEqual([]);
  });
});
