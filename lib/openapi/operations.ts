import type { ApiOperation } from './operation';
import { systemRegisterOperations } from '../schemas/systems';
import { documentOperations } from './document-operations';

// Every documented operation. Each resource's schema module exports its operations; list them here.
export const operations: ApiOperation[] = [
  ...documentOperations,
  ...systemRegisterOperations,
];
