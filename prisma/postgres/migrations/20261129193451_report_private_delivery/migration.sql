-- AlterTable
ALTER TABLE "Officer" ADD COLUMN     "receivesReport" BOOLEAN NOT NULL DEFAULT false;

