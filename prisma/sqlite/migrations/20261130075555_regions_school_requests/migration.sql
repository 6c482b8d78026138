-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SchoolRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "userId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "schoolId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "SchoolRequest_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SchoolRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SchoolRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Municipality" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "regionId" INTEGER,
    CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Municipality" ("id", "name", "timezone") SELECT "id", "name", "timezone" FROM "Municipality";
DROP TABLE "Municipality";
ALTER TABLE "new_Municipality" RENAME TO "Municipality";
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");
CREATE INDEX "Municipality_regionId_idx" ON "Municipality"("regionId");
CREATE TABLE "new_Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "identityKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT,
    "number" TEXT,
    "date" TEXT,
    "sourceName" TEXT NOT NULL,
    "importedById" INTEGER,
    "regionId" INTEGER,
    "municipalityId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Plan_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("createdAt", "date", "id", "identityKey", "importedById", "issuer", "number", "sourceName", "title", "updatedAt") SELECT "createdAt", "date", "id", "identityKey", "importedById", "issuer", "number", "sourceName", "title", "updatedAt" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_identityKey_key" ON "Plan"("identityKey");
CREATE INDEX "Plan_regionId_idx" ON "Plan"("regionId");
CREATE INDEX "Plan_municipalityId_idx" ON "Plan"("municipalityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE INDEX "SchoolRequest_status_createdAt_idx" ON "SchoolRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SchoolRequest_userId_idx" ON "SchoolRequest"("userId");

-- Directories loaded so far are the bundled one of Omsk region: their municipalities belong to it.
INSERT INTO "Region" ("name", "timezone") SELECT 'Омская область', 'Asia/Omsk' WHERE EXISTS (SELECT 1 FROM "Municipality");
UPDATE "Municipality" SET "regionId" = (SELECT "id" FROM "Region" WHERE "name" = 'Омская область') WHERE "regionId" IS NULL;
