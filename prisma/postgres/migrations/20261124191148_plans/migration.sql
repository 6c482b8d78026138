-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "identityKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT,
    "number" TEXT,
    "date" TEXT,
    "sourceName" TEXT NOT NULL,
    "importedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "PlanSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" SERIAL NOT NULL,
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
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureExecutor" (
    "measureId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "byAgreement" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MeasureExecutor_pkey" PRIMARY KEY ("measureId","organisationId")
);

-- CreateTable
CREATE TABLE "MeasureDate" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "end" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeasureDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureArea" (
    "measureId" INTEGER NOT NULL,
    "area" TEXT NOT NULL,

    CONSTRAINT "MeasureArea_pkey" PRIMARY KEY ("measureId","area")
);

-- CreateTable
CREATE TABLE "PendingImport" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "parsed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingImport_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureExecutor" ADD CONSTRAINT "MeasureExecutor_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureExecutor" ADD CONSTRAINT "MeasureExecutor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureDate" ADD CONSTRAINT "MeasureDate_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureArea" ADD CONSTRAINT "MeasureArea_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingImport" ADD CONSTRAINT "PendingImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
