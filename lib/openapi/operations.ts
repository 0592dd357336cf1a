import type { ApiOperation } from './operation';
import { maskinportenOperations } from '../schemas/maskinporten';
import { testtoolsOperations } from '../schemas/testtools';

// Every documented operation. Each resource's schema module exports its operations; list them here.
export const operations: ApiOperation[] = [...maskinportenOperations, ...testtoolsOperations];
