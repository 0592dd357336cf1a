import type { ApiOperation } from './operation';

// Every documented operation. Each resource's schema module exports its operations; list them here.
export const operations: ApiOperation[] = [];
