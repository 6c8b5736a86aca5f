-- DropIndex
DROP INDEX "KnowledgeDocument_organizationId_externalId_key";

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeDocument_organizationId_externalId_language_key" ON "KnowledgeDocument"("organizationId", "externalId", "language");
