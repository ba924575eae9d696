-- CreateTable
CREATE TABLE "WebSignInCode" (
    "id" SERIAL NOT NULL,
    "officerId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebSignInCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebSignInFailure" (
    "id" SERIAL NOT NULL,
    "officerId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebSignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebSession" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "officerId" INTEGER NOT NULL,
    "csrf" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebSignInCode_officerId_createdAt_idx" ON "WebSignInCode"("officerId", "createdAt");

-- CreateIndex
CREATE INDEX "WebSignInFailure_officerId_at_idx" ON "WebSignInFailure"("officerId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "WebSession_tokenHash_key" ON "WebSession"("tokenHash");

