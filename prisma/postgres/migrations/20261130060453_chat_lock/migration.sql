-- CreateTable
CREATE TABLE "ChatLock" (
    "chatId" BIGINT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatLock_pkey" PRIMARY KEY ("chatId")
);
