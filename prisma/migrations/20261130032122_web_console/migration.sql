-- CreateTable
CREATE TABLE "WebSignInCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officerId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebSignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officerId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "officerId" INTEGER NOT NULL,
    "csrf" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "WebSignInCode_officerId_createdAt_idx" ON "WebSignInCode"("officerId", "createdAt");

-- CreateIndex
CREATE INDEX "WebSignInFailure_officerId_at_idx" ON "WebSignInFailure"("officerId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "WebSession_tokenHash_key" ON "WebSession"("tokenHash");

