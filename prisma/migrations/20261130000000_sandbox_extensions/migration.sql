-- Sandbox extensions: the clock, the event outbox, webhooks and their deliveries.

-- CreateTable
CREATE TABLE "SandboxClock" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "offsetMs" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxClock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxEvent" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(6) NOT NULL,
    "systemInternalId" UUID NOT NULL,
    "systemId" TEXT NOT NULL,
    "requestId" UUID,
    "systemUserId" UUID,
    "orgNo" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SandboxEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" UUID NOT NULL,
    "systemInternalId" UUID NOT NULL,
    "vendorOrgNo" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "webhookId" UUID NOT NULL,
    "eventSeq" BIGINT NOT NULL,
    "subject" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(6),
    "deliveredAt" TIMESTAMPTZ(6),
    "failedAt" TIMESTAMPTZ(6),
    "lastStatus" INTEGER,
    "lastError" TEXT,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("webhookId","eventSeq")
);

-- CreateIndex
CREATE UNIQUE INDEX "SandboxEvent_id_key" ON "SandboxEvent"("id");

-- CreateIndex
CREATE INDEX "SandboxEvent_systemInternalId_seq_idx" ON "SandboxEvent"("systemInternalId", "seq");

-- CreateIndex
CREATE INDEX "Webhook_systemInternalId_idx" ON "Webhook"("systemInternalId");

-- CreateIndex
CREATE INDEX "Webhook_vendorOrgNo_idx" ON "Webhook"("vendorOrgNo");

-- CreateIndex
CREATE INDEX "WebhookDelivery_nextAttemptAt_idx" ON "WebhookDelivery"("nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_subject_eventSeq_idx" ON "WebhookDelivery"("webhookId", "subject", "eventSeq");

-- CreateIndex
CREATE INDEX "WebhookDelivery_eventSeq_idx" ON "WebhookDelivery"("eventSeq");

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventSeq_fkey" FOREIGN KEY ("eventSeq") REFERENCES "SandboxEvent"("seq") ON DELETE CASCADE ON UPDATE CASCADE;
