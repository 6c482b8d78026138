-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "municipalityId" INTEGER,
ADD COLUMN     "schoolId" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "quietFrom" INTEGER,
ADD COLUMN     "quietUntil" INTEGER,
ADD COLUMN     "timezone" TEXT;

-- CreateTable
CREATE TABLE "NudgePreference" (
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,

    CONSTRAINT "NudgePreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "DeadlineDone" (
    "organisationId" INTEGER NOT NULL,
    "measureDateId" INTEGER NOT NULL,
    "doneById" INTEGER,
    "doneAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeadlineDone_pkey" PRIMARY KEY ("organisationId","measureDateId")
);

-- CreateIndex
CREATE INDEX "NudgePreference_kind_enabled_idx" ON "NudgePreference"("kind", "enabled");

-- CreateIndex
CREATE INDEX "MeasureDate_end_idx" ON "MeasureDate"("end");

-- CreateIndex
CREATE INDEX "Organisation_schoolId_idx" ON "Organisation"("schoolId");

-- CreateIndex
CREATE INDEX "Organisation_municipalityId_idx" ON "Organisation"("municipalityId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NudgePreference" ADD CONSTRAINT "NudgePreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineDone" ADD CONSTRAINT "DeadlineDone_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineDone" ADD CONSTRAINT "DeadlineDone_measureDateId_fkey" FOREIGN KEY ("measureDateId") REFERENCES "MeasureDate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineDone" ADD CONSTRAINT "DeadlineDone_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
