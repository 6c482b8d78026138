-- Years of experience become the year teaching began, counted from the year of the migration.
ALTER TABLE "User" ADD COLUMN "teachingSince" INTEGER;
UPDATE "User" SET "teachingSince" = EXTRACT(YEAR FROM CURRENT_DATE)::INTEGER - "experienceYears" WHERE "experienceYears" IS NOT NULL;
ALTER TABLE "User" DROP COLUMN "experienceYears";

-- CreateIndex
CREATE INDEX "User_teachingSince_idx" ON "User"("teachingSince");
