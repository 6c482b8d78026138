-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "hours" INTEGER,
ADD COLUMN     "level" TEXT;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "result" TEXT;

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "certificateNumber" TEXT,
    "certificateFileId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainingRecord_userId_status_idx" ON "TrainingRecord"("userId", "status");

-- CreateIndex
CREATE INDEX "TrainingRecord_status_endsOn_idx" ON "TrainingRecord"("status", "endsOn");

-- CreateIndex
CREATE INDEX "Event_kind_endsAt_idx" ON "Event"("kind", "endsAt");

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
