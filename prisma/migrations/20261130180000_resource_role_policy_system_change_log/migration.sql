-- A resource's role policy: the ER roles whose holders have it without a delegation (apps give daglig leder
-- access by their policy). Used by the approval's delegation check and the decision endpoint.
ALTER TABLE "Resource" ADD COLUMN "rolePolicy" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The system register's change log.
CREATE TABLE "SystemChangeLog" (
    "id" UUID NOT NULL,
    "systemInternalId" UUID NOT NULL,
    "changeType" TEXT NOT NULL,
    "changedByOrgNumber" TEXT,
    "clientId" TEXT,
    "changedData" JSONB NOT NULL,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sequenceNo" BIGSERIAL NOT NULL,

    CONSTRAINT "SystemChangeLog_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SystemChangeLog_systemInternalId_sequenceNo_idx" ON "SystemChangeLog"("systemInternalId", "sequenceNo");

ALTER TABLE "SystemChangeLog" ADD CONSTRAINT "SystemChangeLog_systemInternalId_fkey" FOREIGN KEY ("systemInternalId") REFERENCES "RegisteredSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
