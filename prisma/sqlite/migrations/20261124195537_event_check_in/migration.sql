-- AlterTable
ALTER TABLE "Event" ADD COLUMN "checkInCode" TEXT;
