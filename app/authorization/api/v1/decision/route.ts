import { readJsonBody } from '@/lib/api/read-body';
import { json, route } from '@/lib/api/route';
import { decisionResponse } from '@/lib/decisions/decide';
import { decisionRequestBody } from '@/lib/schemas/decisions';

// POST authorization/api/v1/decision: the PDP's answer for a system user (lib/decisions/decide.ts). Like
// Altinn's, it takes no bearer token (Altinn gates it with an API subscription key, which the sandbox skips).
export const POST = route(async (request) => json(await decisionResponse(await readJsonBody(request, decisionRequestBody))));
