import { z } from 'zod';

import type { ApiOperation } from './operation';

export const OPENAPI_PATH = '/authentication/api/v1/openapi.json';

/** The document describes itself, so the drift test finds an operation for its route too. */
export const documentOperations: ApiOperation[] = [
  {
    method: 'get',
    path: OPENAPI_PATH,
    summary: 'This OpenAPI document',
    tags: ['Documentation'],
    scopes: [],
    responses: {
      200: {
        description: 'OpenAPI 3.1 document.',
        schema: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
      },
    },
  },
];
