-- AlterTable
ALTER TABLE "Event" ADD COLUMN "hours" INTEGER;
ALTER TABLE "Event" ADD COLUMN "level" TEXT;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "result" TEXT;

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "certificateNumber" TEXT,
    "certificateFileId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reviewedById" INTEGER,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TrainingRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingRecord_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TrainingRecord_userId_status_idx" ON "TrainingRecord"("userId", "status");

-- CreateIndex
CREATE INDEX "TrainingRecord_status_endsOn_idx" ON "TrainingRecord"("status", "endsOn");

-- CreateIndex
CREATE INDEX "Event_kind_endsAt_idx" ON "Event"("kind", "endsAt");
