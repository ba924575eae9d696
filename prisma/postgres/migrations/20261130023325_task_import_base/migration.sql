-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "importBase" TEXT;

