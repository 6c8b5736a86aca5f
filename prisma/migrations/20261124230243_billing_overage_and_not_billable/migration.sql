-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'NOT_BILLABLE';

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "overageCentsPer1000Units" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stripeMeteredPriceId" TEXT;
