-- Years of experience become the year teaching began, counted from the year of the migration.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("blockedAt", "consentAt", "consentVersion", "createdAt", "fullName", "id", "lang", "municipalityId", "onboardedAt", "schoolId", "telegramId", "updatedAt", "teachingSince") SELECT "blockedAt", "consentAt", "consentVersion", "createdAt", "fullName", "id", "lang", "municipalityId", "onboardedAt", "schoolId", "telegramId", "updatedAt", CAST(strftime('%Y', 'now') AS INTEGER) - "experienceYears" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_telegramId_key" ON "User"("telegramId");
CREATE INDEX "User_municipalityId_idx" ON "User"("municipalityId");
CREATE INDEX "User_schoolId_idx" ON "User"("schoolId");
CREATE INDEX "User_teachingSince_idx" ON "User"("teachingSince");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
