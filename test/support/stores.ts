// A fresh, migrated store of each kind for a suite: a real SQLite file and a real PostgreSQL
// database. `describe.each(storeKinds())` runs a suite on both.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Store, openStore } from "../../src/store/store.js";
import { createTestDatabase, postgresAvailable } from "./postgres.js";

export type StoreKindName = "sqlite" | "postgres";

export function storeKinds(): StoreKindName[] {
  return postgresAvailable() ? ["sqlite", "postgres"] : ["sqlite"];
}

export interface TestStore extends Store {
  url: string;
  dispose(): Promise<void>;
}

export async function freshStore(kind: StoreKindName): Promise<TestStore> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-test-"));
    const url = `file:${join(dir, "test.db")}`;
    const store = await openStore(url);
    return {
      ...store,
      url,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await createTestDatabase();
  const store = await openStore(database.url);
  return {
    ...store,
    url: database.url,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}
