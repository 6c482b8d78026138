-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "Plan" ADD COLUMN "archivedById" INTEGER;
ALTER TABLE "Plan" ADD COLUMN "periodEnd" TEXT;
ALTER TABLE "Plan" ADD COLUMN "periodStart" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Measure" (
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
    "form" TEXT,
    "audience" TEXT,
    "documentKind" TEXT,
    "source" TEXT NOT NULL DEFAULT 'table',
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Measure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Measure" ("archivedAt", "contentHash", "createdAt", "id", "kind", "number", "planId", "position", "recurrence", "result", "schedule", "sectionNumber", "title", "updatedAt") SELECT "archivedAt", "contentHash", "createdAt", "id", "kind", "number", "planId", "position", "recurrence", "result", "schedule", "sectionNumber", "title", "updatedAt" FROM "Measure";
DROP TABLE "Measure";
ALTER TABLE "new_Measure" RENAME TO "Measure";
CREATE INDEX "Measure_kind_idx" ON "Measure"("kind");
CREATE UNIQUE INDEX "Measure_planId_number_key" ON "Measure"("planId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
