-- CreateTable
CREATE TABLE "WebUpload" (
    "id" TEXT NOT NULL,
    "officerId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebUpload_pkey" PRIMARY KEY ("id")
);

