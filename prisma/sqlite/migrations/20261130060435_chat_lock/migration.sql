-- CreateTable
CREATE TABLE "ChatLock" (
    "chatId" BIGINT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);
