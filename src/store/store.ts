// Opening the store: apply pending migrations, then build the client. One per process.
import { type Db, createDb } from "./client.js";
import { type StoreKind, storeLocation } from "./database-url.js";
import { type MigrationResult, migrate } from "./migrate.js";

export interface Store {
  db: Db;
  kind: StoreKind;
  migrations: MigrationResult;
  /** Where it is (absolute SQLite path, or the URL without password). */
  location: string;
  /** Made just now, empty: no migration had ever run on it. */
  created: boolean;
  /** True when the store answers a query (for /health). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openStore(url: string): Promise<Store> {
  const migrations = await migrate(url);
  const { db, kind } = await createDb(url);
  const ping = () =>
    db.agency.count().then(
      () => true,
      () => false,
    );
  const created = migrations.alreadyApplied === 0 && migrations.applied.length > 0;
  return { db, kind, migrations, location: storeLocation(url), created, ping, close: () => db.$disconnect() };
}
