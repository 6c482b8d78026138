-- CreateTable
CREATE TABLE "MentorOffer" (
    "userId" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "note" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentorOffer_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MentorSubject" (
    "mentorId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,

    CONSTRAINT "MentorSubject_pkey" PRIMARY KEY ("mentorId","subject")
);

-- CreateTable
CREATE TABLE "MentorPair" (
    "id" SERIAL NOT NULL,
    "mentorId" INTEGER,
    "menteeId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "subject" TEXT,
    "proposedById" INTEGER,
    "mentorAcceptedAt" TIMESTAMP(3),
    "menteeAcceptedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endedById" INTEGER,
    "endReason" TEXT,
    "routeShared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentorPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairMeeting" (
    "id" SERIAL NOT NULL,
    "pairId" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "topic" TEXT NOT NULL,
    "heldAt" TIMESTAMP(3),
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" SERIAL NOT NULL,
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
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeView" (
    "practiceId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "viewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeView_pkey" PRIMARY KEY ("practiceId","userId")
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

-- AddForeignKey
ALTER TABLE "MentorOffer" ADD CONSTRAINT "MentorOffer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorSubject" ADD CONSTRAINT "MentorSubject_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorOffer"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairMeeting" ADD CONSTRAINT "PairMeeting_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "MentorPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeView" ADD CONSTRAINT "PracticeView_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeView" ADD CONSTRAINT "PracticeView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
