import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { db } from '@/lib/db';
import { loadTestData } from '@/lib/testdata/load';
import { testDataBody } from '@/lib/schemas/sandbox';
import { testtoolsRoute } from '@/lib/api/testtools';

export const dynamic = 'force-dynamic';

export const POST = testtoolsRoute(async (request) => {
  const body = await readJsonBody(request, testDataBody);
  return json({ added: await loadTestData(await db(), body) });
});
