import { changeRequestOperations } from '../schemas/change-requests';
import { decisionOperations } from '../schemas/decisions';
import { endUserOperations } from '../schemas/enduser';
import { exchangeOperations } from '../schemas/exchange';
import { maskinportenOperations } from '../schemas/maskinporten';
import { portalOperations } from '../schemas/portal';
import { requestOperations } from '../schemas/requests';
import { sandboxOperations } from '../schemas/sandbox';
import { systemUserOperations } from '../schemas/system-users';
import { systemRegisterOperations } from '../schemas/systems';
import { testtoolsOperations } from '../schemas/testtools';
import { documentOperations } from './document-operations';
import type { ApiOperation } from './operation';

// Every documented operation. Each resource's schema module exports its operations; list them here.
export const operations: ApiOperation[] = [
  ...documentOperations,
  ...systemRegisterOperations,
  ...maskinportenOperations,
  ...testtoolsOperations,
  ...requestOperations,
  ...changeRequestOperations,
  ...systemUserOperations,
  ...portalOperations,
  ...sandboxOperations,
  ...endUserOperations,
  ...decisionOperations,
  ...exchangeOperations,
];
