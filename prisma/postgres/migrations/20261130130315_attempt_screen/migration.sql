-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "screenMessageId" INTEGER;
