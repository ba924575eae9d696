// Opening the store: apply pending migrations, then build the client. One per process.
import { type Db, createDb } from "./client.js";
import { type StoreKind } from "./database-url.js";
import { type MigrationResult, migrate } from "./migrate.js";

export interface Store {
  db: Db;
  kind: StoreKind;
  migrations: MigrationResult;
  /** True when the store answers a query (for /health). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openStore(url: string): Promise<Store> {
  const migrations = await migrate(url);
  const { db, kind } = createDb(url);
  const ping = () =>
    db.agency.count().then(
      () => true,
      () => false,
    );
  return { db, kind, migrations, ping, close: () => db.$disconnect() };
}
