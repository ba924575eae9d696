-- DropIndex
DROP INDEX "Task_documentNumber_summary_idx";

-- CreateIndex
CREATE INDEX "Task_documentNumber_idx" ON "Task"("documentNumber");

