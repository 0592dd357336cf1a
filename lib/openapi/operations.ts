import type { ApiOperation } from './operation';
import { changeRequestOperations } from '../schemas/change-requests';
import { requestOperations } from '../schemas/requests';
import { systemRegisterOperations } from '../schemas/systems';
import { systemUserOperations } from '../schemas/system-users';
import { documentOperations } from './document-operations';

// Every documented operation. Each resource's schema module exports its operations; list them here.
export const operations: ApiOperation[] = [
  ...documentOperations,
  ...systemRegisterOperations,
  ...requestOperations,
  ...changeRequestOperations,
  ...systemUserOperations,
];
