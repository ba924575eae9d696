-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "progress" TEXT;

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tat" REAL NOT NULL
);

