import 'server-only';

import { randomUUID } from 'node:crypto';

import { ownsSystem } from '../access/vendor';
import { db } from '../db';
import { invalid, notFound } from '../errors';
import type { DeliveryView, WebhookView } from '../schemas/sandbox';

// Webhooks (sandbox extension): a vendor subscribes a URL to the status events of one of its own systems.

const MAX_WEBHOOKS_PER_VENDOR = 100;
const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

/** The vendor's own, not deleted system with this systemId, or 400 naming the field. */
export async function vendorSystem(vendorOrgNo: string, systemId: string) {
  const system = await (await db()).registeredSystem.findUnique({ where: { systemId } });
  if (!ownsSystem(system, vendorOrgNo) || system.isDeleted) {
    throw invalid({ fields: { systemId: ["No system with this id belongs to the vendor (the token's organisation)."] } });
  }
  return system;
}

export async function createWebhook(options: {
  vendorOrgNo: string;
  systemId: string;
  url: string;
  secret?: string;
}): Promise<WebhookView> {
  const system = await vendorSystem(options.vendorOrgNo, options.systemId);
  const prisma = await db();
  const count = await prisma.webhook.count({ where: { vendorOrgNo: options.vendorOrgNo, isDeleted: false } });
  if (count >= MAX_WEBHOOKS_PER_VENDOR) throw invalid({ fields: { url: [`At most ${MAX_WEBHOOKS_PER_VENDOR} webhooks per vendor.`] } });
  const hook = await prisma.webhook.create({
    data: {
      id: randomUUID(),
      systemInternalId: system.id,
      vendorOrgNo: options.vendorOrgNo,
      url: options.url,
      secret: options.secret ?? null,
    },
  });
  return { id: hook.id, systemId: system.systemId, url: hook.url, hasSecret: hook.secret !== null, created: hook.created.toISOString() };
}

export async function listWebhooks(vendorOrgNo: string): Promise<WebhookView[]> {
  const prisma = await db();
  const hooks = await prisma.webhook.findMany({
    where: { vendorOrgNo, isDeleted: false },
    orderBy: { created: 'asc' },
    take: MAX_WEBHOOKS_PER_VENDOR,
  });
  const systems = await prisma.registeredSystem.findMany({
    where: { id: { in: [...new Set(hooks.map((h) => h.systemInternalId))] } },
    select: { id: true, systemId: true },
  });
  const name = new Map(systems.map((s) => [s.id, s.systemId]));
  return hooks.map((h) => ({
    id: h.id,
    systemId: name.get(h.systemInternalId) ?? '',
    url: h.url,
    hasSecret: h.secret !== null,
    created: h.created.toISOString(),
  }));
}

async function ownWebhook(vendorOrgNo: string, id: string) {
  const hook = await (await db()).webhook.findFirst({ where: { id, vendorOrgNo, isDeleted: false } });
  if (!hook) throw notFound();
  return hook;
}

/** Deletes the webhook; its pending deliveries are not attempted any more (the log stays). */
export async function deleteWebhook(vendorOrgNo: string, id: string): Promise<void> {
  const hook = await ownWebhook(vendorOrgNo, id);
  const prisma = await db();
  await prisma.$transaction([
    prisma.webhook.updateMany({ where: { id: hook.id, isDeleted: false }, data: { isDeleted: true } }),
    prisma.webhookDelivery.updateMany({
      where: { webhookId: hook.id, deliveredAt: null, failedAt: null },
      data: { failedAt: new Date(), nextAttemptAt: FAR_FUTURE, lastError: 'webhook deleted' },
    }),
  ]);
}

export async function listDeliveries(vendorOrgNo: string, id: string, limit: number): Promise<DeliveryView[]> {
  const hook = await ownWebhook(vendorOrgNo, id);
  const rows = await (
    await db()
  ).webhookDelivery.findMany({
    where: { webhookId: hook.id },
    include: { event: { select: { id: true, type: true } } },
    orderBy: { eventSeq: 'desc' },
    take: limit,
  });
  return rows.map((d) => {
    const state = d.deliveredAt ? 'delivered' : d.failedAt ? 'failed' : 'pending';
    return {
      eventId: d.event.id,
      eventType: d.event.type,
      sequence: Number(d.eventSeq),
      attempts: d.attempts,
      state,
      nextAttemptAt: state === 'pending' ? d.nextAttemptAt.toISOString() : undefined,
      deliveredAt: d.deliveredAt?.toISOString(),
      lastStatus: d.lastStatus ?? undefined,
      lastError: d.lastError ?? undefined,
    };
  });
}
