import type { ApiOperation } from './operation';
import { changeRequestOperations } from '../schemas/change-requests';
import { maskinportenOperations } from '../schemas/maskinporten';
import { portalOperations } from '../schemas/portal';
import { requestOperations } from '../schemas/requests';
import { systemUserOperations } from '../schemas/system-users';
import { testtoolsOperations } from '../schemas/testtools';

// Every documented operation. Each resource's schema module exports its operations; list them here.
export const operations: ApiOperation[] = [
  ...requestOperations,
  ...changeRequestOperations,
  ...systemUserOperations,
  ...portalOperations,
  ...maskinportenOperations,
  ...testtoolsOperations,
];
