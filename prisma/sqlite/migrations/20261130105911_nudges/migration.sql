-- AlterTable
ALTER TABLE "User" ADD COLUMN "quietFrom" INTEGER;
ALTER TABLE "User" ADD COLUMN "quietUntil" INTEGER;
ALTER TABLE "User" ADD COLUMN "timezone" TEXT;

-- CreateTable
CREATE TABLE "NudgePreference" (
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,

    PRIMARY KEY ("userId", "kind"),
    CONSTRAINT "NudgePreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineDone" (
    "organisationId" INTEGER NOT NULL,
    "measureDateId" INTEGER NOT NULL,
    "doneById" INTEGER,
    "doneAt" DATETIME NOT NULL,

    PRIMARY KEY ("organisationId", "measureDateId"),
    CONSTRAINT "DeadlineDone_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeadlineDone_measureDateId_fkey" FOREIGN KEY ("measureDateId") REFERENCES "MeasureDate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeadlineDone_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "schoolId" INTEGER,
    "municipalityId" INTEGER,
    CONSTRAINT "Organisation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("id", "name") SELECT "id", "name" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");
CREATE INDEX "Organisation_schoolId_idx" ON "Organisation"("schoolId");
CREATE INDEX "Organisation_municipalityId_idx" ON "Organisation"("municipalityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "NudgePreference_kind_enabled_idx" ON "NudgePreference"("kind", "enabled");

-- CreateIndex
CREATE INDEX "MeasureDate_end_idx" ON "MeasureDate"("end");
