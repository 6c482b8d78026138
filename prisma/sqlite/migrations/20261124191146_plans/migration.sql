-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "identityKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT,
    "number" TEXT,
    "date" TEXT,
    "sourceName" TEXT NOT NULL,
    "importedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Plan_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "PlanSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "sectionNumber" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "recurrence" TEXT,
    "result" TEXT,
    "kind" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Measure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeasureExecutor" (
    "measureId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "byAgreement" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("measureId", "organisationId"),
    CONSTRAINT "MeasureExecutor_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeasureExecutor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeasureDate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "measureId" INTEGER NOT NULL,
    "start" DATETIME NOT NULL,
    "end" DATETIME NOT NULL,
    CONSTRAINT "MeasureDate_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeasureArea" (
    "measureId" INTEGER NOT NULL,
    "area" TEXT NOT NULL,

    PRIMARY KEY ("measureId", "area"),
    CONSTRAINT "MeasureArea_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PendingImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "parsed" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PendingImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_identityKey_key" ON "Plan"("identityKey");

-- CreateIndex
CREATE UNIQUE INDEX "PlanSection_planId_number_key" ON "PlanSection"("planId", "number");

-- CreateIndex
CREATE INDEX "Measure_kind_idx" ON "Measure"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_planId_number_key" ON "Measure"("planId", "number");

-- CreateIndex
CREATE INDEX "MeasureExecutor_organisationId_idx" ON "MeasureExecutor"("organisationId");

-- CreateIndex
CREATE INDEX "MeasureDate_start_idx" ON "MeasureDate"("start");

-- CreateIndex
CREATE INDEX "MeasureDate_measureId_idx" ON "MeasureDate"("measureId");

-- CreateIndex
CREATE INDEX "MeasureArea_area_idx" ON "MeasureArea"("area");
