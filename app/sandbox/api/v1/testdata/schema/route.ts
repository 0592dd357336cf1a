import { json, route } from '@/lib/api/route';
import { testDataJsonSchema } from '@/lib/testdata/document';

export const dynamic = 'force-static';

// The JSON Schema of the test data document, for editors: public like the OpenAPI document.
export const GET = route(async () => json(testDataJsonSchema(), { headers: { 'content-type': 'application/schema+json' } }));
