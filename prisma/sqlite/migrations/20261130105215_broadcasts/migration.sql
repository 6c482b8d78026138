-- CreateTable
CREATE TABLE "Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorId" INTEGER,
    "scope" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "buttons" TEXT NOT NULL DEFAULT '[]',
    "audience" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "scheduledAt" DATETIME,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "statusChatId" BIGINT,
    "statusMessageId" INTEGER,
    "progressAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Broadcast_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dedupeKey" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "broadcastId" INTEGER,
    "lane" INTEGER NOT NULL DEFAULT 0,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" DATETIME NOT NULL,
    "nextAttemptAt" DATETIME NOT NULL,
    "expiresAt" DATETIME,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "telegramMessageId" INTEGER,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OutboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("attempts", "chatId", "claimedAt", "createdAt", "dedupeKey", "expiresAt", "id", "lastError", "nextAttemptAt", "notBefore", "payload", "sentAt", "source", "status", "telegramMessageId", "updatedAt", "userId") SELECT "attempts", "chatId", "claimedAt", "createdAt", "dedupeKey", "expiresAt", "id", "lastError", "nextAttemptAt", "notBefore", "payload", "sentAt", "source", "status", "telegramMessageId", "updatedAt", "userId" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE INDEX "OutboxMessage_status_lane_nextAttemptAt_id_idx" ON "OutboxMessage"("status", "lane", "nextAttemptAt", "id");
CREATE INDEX "OutboxMessage_source_status_idx" ON "OutboxMessage"("source", "status");
CREATE INDEX "OutboxMessage_broadcastId_status_idx" ON "OutboxMessage"("broadcastId", "status");
CREATE INDEX "OutboxMessage_userId_idx" ON "OutboxMessage"("userId");
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "telegramId" BIGINT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'ru',
    "consentVersion" TEXT NOT NULL,
    "consentAt" DATETIME NOT NULL,
    "fullName" TEXT,
    "municipalityId" INTEGER,
    "schoolId" INTEGER,
    "teachingSince" INTEGER,
    "onboardedAt" DATETIME,
    "blockedAt" DATETIME,
    "muteRegional" BOOLEAN NOT NULL DEFAULT false,
    "muteMunicipal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("blockedAt", "consentAt", "consentVersion", "createdAt", "fullName", "id", "lang", "municipalityId", "onboardedAt", "schoolId", "teachingSince", "telegramId", "updatedAt") SELECT "blockedAt", "consentAt", "consentVersion", "createdAt", "fullName", "id", "lang", "municipalityId", "onboardedAt", "schoolId", "teachingSince", "telegramId", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_telegramId_key" ON "User"("telegramId");
CREATE INDEX "User_municipalityId_idx" ON "User"("municipalityId");
CREATE INDEX "User_schoolId_idx" ON "User"("schoolId");
CREATE INDEX "User_teachingSince_idx" ON "User"("teachingSince");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Broadcast_status_scheduledAt_idx" ON "Broadcast"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "Broadcast_authorId_idx" ON "Broadcast"("authorId");
