import 'server-only';

import { ownsSystem } from '../access/vendor';
import { config } from '../config';
import { sql } from '../db';
import { problem } from '../errors';
import type { Page, VendorPageOptions } from '../paging';
import { toPage } from '../paging';
import type { SystemUserExternalDto } from './vendor-dto';

// The system and one page of its active system users in one statement: through Prisma it was three round
// trips (the system for the ownership check, the page, and the system again for each row's `include`), and a
// first page cost more server CPU than a get by id (README, Benchmark). The system's row comes back even when
// the page is empty (LEFT JOIN LATERAL), so a missing system and another vendor's still read AUTH-00011.
const PAGE_SQL = `
SELECT s."vendorOrgNo", s."systemId",
       u.id, u."integrationTitle", u."reporteeOrgNo", u.created, u."externalRef", u.type::text AS type,
       u."sequenceNo"::text AS "sequenceNo"
FROM "RegisteredSystem" s
LEFT JOIN LATERAL (
  SELECT * FROM "SystemUser" x
   WHERE x."systemInternalId" = s.id AND NOT x."isDeleted" AND ($2::bigint IS NULL OR x."sequenceNo" >= $2::bigint)
   ORDER BY x."sequenceNo"
   LIMIT $3::int
) u ON true
WHERE s."systemId" = $1
ORDER BY u."sequenceNo"`;

type Row = {
  vendorOrgNo: string;
  systemId: string;
  id: string | null;
  integrationTitle: string;
  reporteeOrgNo: string;
  created: Date;
  externalRef: string;
  type: SystemUserExternalDto['userType'];
  sequenceNo: string;
};

/** One page of the active system users of a vendor's system, in creation order (sequence number). */
export async function listVendorSystemUsers(options: VendorPageOptions<bigint>): Promise<Page<SystemUserExternalDto, bigint>> {
  const pageSize = options.pageSize ?? config().PAGE_SIZE;
  const rows = await (await sql()).query<Row>(PAGE_SQL, [options.systemId, options.after?.toString() ?? null, pageSize + 1]);
  if (!ownsSystem(rows[0] ?? null, options.vendorOrgNo)) throw problem('AUTH-00011');
  const users = rows.filter((row) => row.id !== null);
  const page = toPage(users, pageSize, (row) => BigInt(row.sequenceNo));
  return { ...page, items: page.items.map(toDto) };
}

// The same DTO as toExternalDto (vendor-dto.ts) builds from Prisma's rows; the vendor reads test holds both
// to the schema.
function toDto(row: Row): SystemUserExternalDto {
  return {
    id: row.id!,
    integrationTitle: row.integrationTitle,
    systemId: row.systemId,
    productName: '',
    reporteeOrgNo: row.reporteeOrgNo,
    created: new Date(row.created).toISOString(),
    isDeleted: false,
    supplierName: '',
    supplierOrgno: row.vendorOrgNo,
    externalRef: row.externalRef,
    userType: row.type,
  };
}
