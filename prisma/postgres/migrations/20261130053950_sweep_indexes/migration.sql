-- DropIndex
DROP INDEX "Task_leadAgencyId_idx";

-- DropIndex
DROP INDEX "Reminder_day_idx";

-- CreateIndex
CREATE INDEX "Task_leadAgencyId_status_dueDate_idx" ON "Task"("leadAgencyId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Reminder_outboxId_idx" ON "Reminder"("outboxId");

