-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "regionId" INTEGER;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "municipalityId" INTEGER,
ADD COLUMN     "regionId" INTEGER;

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolRequest" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "userId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "schoolId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "SchoolRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE INDEX "SchoolRequest_status_createdAt_idx" ON "SchoolRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SchoolRequest_userId_idx" ON "SchoolRequest"("userId");

-- CreateIndex
CREATE INDEX "Municipality_regionId_idx" ON "Municipality"("regionId");

-- CreateIndex
CREATE INDEX "Plan_regionId_idx" ON "Plan"("regionId");

-- CreateIndex
CREATE INDEX "Plan_municipalityId_idx" ON "Plan"("municipalityId");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolRequest" ADD CONSTRAINT "SchoolRequest_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolRequest" ADD CONSTRAINT "SchoolRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolRequest" ADD CONSTRAINT "SchoolRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Directories loaded so far are the bundled one of Omsk region: their municipalities belong to it.
INSERT INTO "Region" ("name", "timezone") SELECT 'Омская область', 'Asia/Omsk' WHERE EXISTS (SELECT 1 FROM "Municipality");
UPDATE "Municipality" SET "regionId" = (SELECT "id" FROM "Region" WHERE "name" = 'Омская область') WHERE "regionId" IS NULL;
