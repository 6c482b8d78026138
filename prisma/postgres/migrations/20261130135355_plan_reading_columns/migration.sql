-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "audience" TEXT,
ADD COLUMN     "documentKind" TEXT,
ADD COLUMN     "form" TEXT,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'table';

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "archivedById" INTEGER,
ADD COLUMN     "periodEnd" TEXT,
ADD COLUMN     "periodStart" TEXT;
