-- CreateTable
CREATE TABLE "WebUpload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "officerId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL
);

