-- DropIndex
DROP INDEX "OutboxMessage_status_nextAttemptAt_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "broadcastId" INTEGER,
ADD COLUMN     "lane" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "muteMunicipal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "muteRegional" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER,
    "scope" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "buttons" TEXT NOT NULL DEFAULT '[]',
    "audience" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "statusChatId" BIGINT,
    "statusMessageId" INTEGER,
    "progressAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Broadcast_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Broadcast_status_scheduledAt_idx" ON "Broadcast"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "Broadcast_authorId_idx" ON "Broadcast"("authorId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_lane_nextAttemptAt_id_idx" ON "OutboxMessage"("status", "lane", "nextAttemptAt", "id");

-- CreateIndex
CREATE INDEX "OutboxMessage_broadcastId_status_idx" ON "OutboxMessage"("broadcastId", "status");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
