import 'server-only';

import { ownedSystem } from '../access/vendor';
import { config } from '../config';
import { sql } from '../db';
import type { SystemUserType } from '../generated/prisma/enums';
import { type Page, toPage, type VendorPageOptions } from '../paging';
import { type ExternalDtoSource, type SystemUserExternalDto, toExternalDto } from './vendor-dto';

// The system and one page of its active system users in one statement, with only the DTO's columns: through
// Prisma it was three round trips (the system for the ownership check, the page, and the system again for each
// row's `include`), and a first page cost more server CPU than a get by id (README, Benchmark). The system's
// row comes back even when the page is empty (LEFT JOIN LATERAL), so a missing system and another vendor's
// still read AUTH-00011. The sequence number comes back as text (the two drivers return an int8 differently)
// under another name, so that ORDER BY sorts by the number.
const PAGE_SQL = `
SELECT s."vendorOrgNo", s."systemId",
       u.id, u."integrationTitle", u."reporteeOrgNo", u.created, u."isDeleted", u."externalRef", u.type::text AS type,
       u."sequenceNo"::text AS cursor
FROM "RegisteredSystem" s
LEFT JOIN LATERAL (
  SELECT * FROM "SystemUser" x
   WHERE x."systemInternalId" = s.id AND NOT x."isDeleted" AND ($2::bigint IS NULL OR x."sequenceNo" >= $2::bigint)
   ORDER BY x."sequenceNo"
   LIMIT $3::int
) u ON true
WHERE s."systemId" = $1
ORDER BY u."sequenceNo"`;

/** The system's columns on every row; the system user's are null when the page is empty. */
type Row = { vendorOrgNo: string; systemId: string } & (
  (Omit<ExternalDtoSource, 'system' | 'type'> & { type: SystemUserType; cursor: string }) | { id: null }
);

/** One page of the active system users of a vendor's system, in creation order (sequence number). */
export async function listVendorSystemUsers(options: VendorPageOptions<bigint>): Promise<Page<SystemUserExternalDto, bigint>> {
  const pageSize = options.pageSize ?? config().PAGE_SIZE;
  const rows = await (await sql()).query<Row>(PAGE_SQL, [options.systemId, options.after?.toString() ?? null, pageSize + 1]);
  const system = ownedSystem(rows[0], options.vendorOrgNo);
  const users = rows.flatMap((row) => (row.id === null ? [] : [{ ...row, system }]));
  const page = toPage(users, pageSize, (user) => BigInt(user.cursor));
  return { ...page, items: page.items.map(toExternalDto) };
}
