-- Party ids are shared by organisations and persons, as in Altinn's register. The seed uses ids below
-- these starting points, so generated ids never collide with it.
CREATE SEQUENCE "party_id_seq" START WITH 60000000;
CREATE SEQUENCE "user_id_seq" START WITH 30000000;

-- CreateEnum
CREATE TYPE "RoleCode" AS ENUM ('DAGL', 'LEDE', 'MEDL', 'HOVEDADMINISTRATOR', 'TILGANGSSTYRER', 'KLIENTADMINISTRATOR', 'REPRESENTANT');

-- CreateEnum
CREATE TYPE "RequestType" AS ENUM ('standard', 'agent', 'change');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('New', 'Accepted', 'Rejected', 'Denied', 'Timedout');

-- CreateEnum
CREATE TYPE "SystemUserType" AS ENUM ('standard', 'agent');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "orgNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "partyId" INTEGER NOT NULL DEFAULT nextval('party_id_seq'::regclass),
    "unitType" TEXT NOT NULL DEFAULT 'AS',
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "pid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "userId" INTEGER NOT NULL DEFAULT nextval('user_id_seq'::regclass),
    "partyId" INTEGER NOT NULL DEFAULT nextval('party_id_seq'::regclass),
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "personId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" "RoleCode" NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("personId","organizationId","code")
);

-- CreateTable
CREATE TABLE "PersonRight" (
    "personId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "resourceId" TEXT NOT NULL,

    CONSTRAINT "PersonRight_pkey" PRIMARY KEY ("personId","organizationId","resourceId")
);

-- CreateTable
CREATE TABLE "PersonPackage" (
    "personId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "packageUrn" TEXT NOT NULL,

    CONSTRAINT "PersonPackage_pkey" PRIMARY KEY ("personId","organizationId","packageUrn")
);

-- CreateTable
CREATE TABLE "ClientRelation" (
    "facilitatorId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "roleCode" TEXT NOT NULL,
    "accessPackages" TEXT[],

    CONSTRAINT "ClientRelation_pkey" PRIMARY KEY ("facilitatorId","clientId","roleCode")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "titleNb" TEXT NOT NULL,
    "titleNn" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionNb" TEXT NOT NULL,
    "descriptionNn" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "ownerOrgNo" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "delegable" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessPackageArea" (
    "urn" TEXT NOT NULL,
    "nameNb" TEXT NOT NULL,
    "nameNn" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionNb" TEXT NOT NULL,
    "descriptionNn" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,

    CONSTRAINT "AccessPackageArea_pkey" PRIMARY KEY ("urn")
);

-- CreateTable
CREATE TABLE "AccessPackage" (
    "urn" TEXT NOT NULL,
    "areaUrn" TEXT NOT NULL,
    "nameNb" TEXT NOT NULL,
    "nameNn" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionNb" TEXT NOT NULL,
    "descriptionNn" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "isAssignable" BOOLEAN NOT NULL,
    "isDelegable" BOOLEAN NOT NULL,

    CONSTRAINT "AccessPackage_pkey" PRIMARY KEY ("urn")
);

-- CreateTable
CREATE TABLE "AccessPackageResource" (
    "packageUrn" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,

    CONSTRAINT "AccessPackageResource_pkey" PRIMARY KEY ("packageUrn","resourceId")
);

-- CreateTable
CREATE TABLE "RegisteredSystem" (
    "id" UUID NOT NULL,
    "systemId" TEXT NOT NULL,
    "vendorOrgNo" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "rights" JSONB NOT NULL DEFAULT '[]',
    "accessPackages" TEXT[],
    "clientIds" TEXT[],
    "allowedRedirectUrls" TEXT[],
    "isVisible" BOOLEAN NOT NULL DEFAULT true,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastChanged" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisteredSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Request" (
    "id" UUID NOT NULL,
    "type" "RequestType" NOT NULL,
    "systemInternalId" UUID NOT NULL,
    "partyOrgNo" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "integrationTitle" TEXT,
    "rights" JSONB NOT NULL DEFAULT '[]',
    "accessPackages" TEXT[],
    "unwantedRights" JSONB NOT NULL DEFAULT '[]',
    "unwantedAccessPackages" TEXT[],
    "systemUserId" UUID,
    "redirectUrl" TEXT,
    "status" "RequestStatus" NOT NULL DEFAULT 'New',
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastChanged" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedBy" TEXT,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemUser" (
    "id" UUID NOT NULL,
    "type" "SystemUserType" NOT NULL,
    "integrationTitle" TEXT NOT NULL,
    "systemInternalId" UUID NOT NULL,
    "reporteeOrgNo" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "rights" JSONB NOT NULL DEFAULT '[]',
    "accessPackages" TEXT[],
    "sequenceNo" BIGSERIAL NOT NULL,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "lastChanged" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SystemUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientDelegation" (
    "id" UUID NOT NULL,
    "systemUserId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "facilitatorId" UUID NOT NULL,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "ClientDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaskinportenClient" (
    "clientId" TEXT NOT NULL,
    "orgNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "scopes" TEXT[],
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MaskinportenClient_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "MaskinportenClientKey" (
    "clientId" TEXT NOT NULL,
    "kid" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaskinportenClientKey_pkey" PRIMARY KEY ("clientId","kid")
);

-- CreateTable
CREATE TABLE "UsedJti" (
    "jti" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "UsedJti_pkey" PRIMARY KEY ("jti")
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "kid" TEXT NOT NULL,
    "alg" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "privateJwk" JSONB NOT NULL,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMPTZ(6),

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("kid")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_orgNo_key" ON "Organization"("orgNo");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_partyId_key" ON "Organization"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_pid_key" ON "Person"("pid");

-- CreateIndex
CREATE UNIQUE INDEX "Person_userId_key" ON "Person"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_partyId_key" ON "Person"("partyId");

-- CreateIndex
CREATE INDEX "Role_organizationId_idx" ON "Role"("organizationId");

-- CreateIndex
CREATE INDEX "ClientRelation_clientId_idx" ON "ClientRelation"("clientId");

-- CreateIndex
CREATE INDEX "AccessPackage_areaUrn_idx" ON "AccessPackage"("areaUrn");

-- CreateIndex
CREATE INDEX "AccessPackageResource_resourceId_idx" ON "AccessPackageResource"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "RegisteredSystem_systemId_key" ON "RegisteredSystem"("systemId");

-- CreateIndex
CREATE INDEX "RegisteredSystem_vendorOrgNo_idx" ON "RegisteredSystem"("vendorOrgNo");

-- CreateIndex
CREATE INDEX "Request_systemInternalId_type_id_idx" ON "Request"("systemInternalId", "type", "id");

-- CreateIndex
CREATE INDEX "Request_partyOrgNo_idx" ON "Request"("partyOrgNo");

-- CreateIndex
CREATE INDEX "Request_systemUserId_idx" ON "Request"("systemUserId");

-- CreateIndex
CREATE UNIQUE INDEX "SystemUser_sequenceNo_key" ON "SystemUser"("sequenceNo");

-- CreateIndex
CREATE INDEX "SystemUser_systemInternalId_sequenceNo_idx" ON "SystemUser"("systemInternalId", "sequenceNo");

-- CreateIndex
CREATE INDEX "SystemUser_reporteeOrgNo_idx" ON "SystemUser"("reporteeOrgNo");

-- CreateIndex
CREATE UNIQUE INDEX "ClientDelegation_systemUserId_clientId_key" ON "ClientDelegation"("systemUserId", "clientId");

-- CreateIndex
CREATE INDEX "ClientDelegation_clientId_idx" ON "ClientDelegation"("clientId");

-- CreateIndex
CREATE INDEX "ClientDelegation_facilitatorId_idx" ON "ClientDelegation"("facilitatorId");

-- CreateIndex
CREATE INDEX "MaskinportenClient_orgNo_idx" ON "MaskinportenClient"("orgNo");

-- CreateIndex
CREATE INDEX "UsedJti_expiresAt_idx" ON "UsedJti"("expiresAt");

-- Partial unique indexes (not expressible in schema.prisma; the drift test checks them by name).
-- One active standard or agent request per (type, system, customer, externalRef); a timed-out request no
-- longer counts, so the same triple can be requested again.
CREATE UNIQUE INDEX "Request_active_triple_key" ON "Request"("type", "systemInternalId", "partyOrgNo", "externalRef")
    WHERE "isDeleted" = false AND "type" <> 'change' AND "status" <> 'Timedout';

-- One active system user per (system, customer, externalRef), whatever its type (Altinn's AUTH-00004 rule).
CREATE UNIQUE INDEX "SystemUser_active_triple_key" ON "SystemUser"("systemInternalId", "reporteeOrgNo", "externalRef")
    WHERE "isDeleted" = false;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRight" ADD CONSTRAINT "PersonRight_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRight" ADD CONSTRAINT "PersonRight_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRight" ADD CONSTRAINT "PersonRight_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonPackage" ADD CONSTRAINT "PersonPackage_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonPackage" ADD CONSTRAINT "PersonPackage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonPackage" ADD CONSTRAINT "PersonPackage_packageUrn_fkey" FOREIGN KEY ("packageUrn") REFERENCES "AccessPackage"("urn") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientRelation" ADD CONSTRAINT "ClientRelation_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientRelation" ADD CONSTRAINT "ClientRelation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessPackage" ADD CONSTRAINT "AccessPackage_areaUrn_fkey" FOREIGN KEY ("areaUrn") REFERENCES "AccessPackageArea"("urn") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessPackageResource" ADD CONSTRAINT "AccessPackageResource_packageUrn_fkey" FOREIGN KEY ("packageUrn") REFERENCES "AccessPackage"("urn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessPackageResource" ADD CONSTRAINT "AccessPackageResource_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_systemInternalId_fkey" FOREIGN KEY ("systemInternalId") REFERENCES "RegisteredSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_partyOrgNo_fkey" FOREIGN KEY ("partyOrgNo") REFERENCES "Organization"("orgNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_systemUserId_fkey" FOREIGN KEY ("systemUserId") REFERENCES "SystemUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUser" ADD CONSTRAINT "SystemUser_systemInternalId_fkey" FOREIGN KEY ("systemInternalId") REFERENCES "RegisteredSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUser" ADD CONSTRAINT "SystemUser_reporteeOrgNo_fkey" FOREIGN KEY ("reporteeOrgNo") REFERENCES "Organization"("orgNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDelegation" ADD CONSTRAINT "ClientDelegation_systemUserId_fkey" FOREIGN KEY ("systemUserId") REFERENCES "SystemUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDelegation" ADD CONSTRAINT "ClientDelegation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDelegation" ADD CONSTRAINT "ClientDelegation_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaskinportenClientKey" ADD CONSTRAINT "MaskinportenClientKey_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "MaskinportenClient"("clientId") ON DELETE CASCADE ON UPDATE CASCADE;
