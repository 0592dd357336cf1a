import type { ApiOperation } from './operation';
import { maskinportenOperations } from '../schemas/maskinporten';
import { systemRegisterOperations } from '../schemas/systems';
import { testtoolsOperations } from '../schemas/testtools';
import { documentOperations } from './document-operations';

// Every documented operation. Each resource's schema module exports its operations; list them here.
export const operations: ApiOperation[] = [
  ...documentOperations,
  ...systemRegisterOperations,
  ...maskinportenOperations,
  ...testtoolsOperations,
];
