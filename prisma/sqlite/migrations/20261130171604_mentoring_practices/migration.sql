-- CreateTable
CREATE TABLE "MentorOffer" (
    "userId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "capacity" INTEGER NOT NULL,
    "note" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MentorOffer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentorSubject" (
    "mentorId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,

    PRIMARY KEY ("mentorId", "subject"),
    CONSTRAINT "MentorSubject_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorOffer" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentorPair" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mentorId" INTEGER,
    "menteeId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "subject" TEXT,
    "proposedById" INTEGER,
    "mentorAcceptedAt" DATETIME,
    "menteeAcceptedAt" DATETIME,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "endedById" INTEGER,
    "endReason" TEXT,
    "routeShared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MentorPair_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentorPair_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentorPair_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PairMeeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pairId" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "topic" TEXT NOT NULL,
    "heldAt" DATETIME,
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PairMeeting_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "MentorPair" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorId" INTEGER,
    "authorName" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "subject" TEXT,
    "area" TEXT,
    "classLevel" TEXT,
    "link" TEXT,
    "fileId" TEXT,
    "fileName" TEXT,
    "status" TEXT NOT NULL,
    "reviewComment" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Practice_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Practice_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PracticeView" (
    "practiceId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "viewedAt" DATETIME NOT NULL,

    PRIMARY KEY ("practiceId", "userId"),
    CONSTRAINT "PracticeView_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PracticeView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MentorSubject_subject_idx" ON "MentorSubject"("subject");

-- CreateIndex
CREATE INDEX "MentorPair_mentorId_status_idx" ON "MentorPair"("mentorId", "status");

-- CreateIndex
CREATE INDEX "MentorPair_menteeId_status_idx" ON "MentorPair"("menteeId", "status");

-- CreateIndex
CREATE INDEX "MentorPair_status_idx" ON "MentorPair"("status");

-- CreateIndex
CREATE INDEX "PairMeeting_pairId_startsAt_idx" ON "PairMeeting"("pairId", "startsAt");

-- CreateIndex
CREATE INDEX "PairMeeting_startsAt_idx" ON "PairMeeting"("startsAt");

-- CreateIndex
CREATE INDEX "Practice_status_subject_idx" ON "Practice"("status", "subject");

-- CreateIndex
CREATE INDEX "Practice_status_area_idx" ON "Practice"("status", "area");

-- CreateIndex
CREATE INDEX "Practice_authorId_idx" ON "Practice"("authorId");
