import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { testtoolsRoute } from '@/lib/api/testtools';
import { db } from '@/lib/db';
import { testDataBody } from '@/lib/schemas/sandbox';
import { loadTestData } from '@/lib/testdata/load';

export const dynamic = 'force-dynamic';

export const POST = testtoolsRoute(async (request) => {
  const body = await readJsonBody(request, testDataBody);
  return json({ added: await loadTestData(await db(), body) });
});
