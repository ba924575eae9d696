-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Officer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "title" TEXT,
    "agencyId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'officer',
    "phone" TEXT,
    "language" TEXT NOT NULL DEFAULT 'vi',
    "preferredChannel" TEXT,
    "receivesReport" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Officer_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Officer" ("active", "agencyId", "code", "createdAt", "fullName", "id", "language", "phone", "preferredChannel", "role", "title", "updatedAt") SELECT "active", "agencyId", "code", "createdAt", "fullName", "id", "language", "phone", "preferredChannel", "role", "title", "updatedAt" FROM "Officer";
DROP TABLE "Officer";
ALTER TABLE "new_Officer" RENAME TO "Officer";
CREATE UNIQUE INDEX "Officer_code_key" ON "Officer"("code");
CREATE INDEX "Officer_agencyId_idx" ON "Officer"("agencyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

