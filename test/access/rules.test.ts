import { describe, expect, it } from 'vitest';

import { type PartyAccess, permits, requireFacilitator } from '@/lib/access/party';
import { mayWriteSystem, ownsSystem } from '@/lib/access/vendor';
import { SCOPES } from '@/lib/auth/scopes';
import { AltinnProblem } from '@/lib/errors';

// The rules of lib/access that need no database: which policy a role passes, the facilitator check, and what a
// vendor owns or may write. The walls test (walls.db.test.ts) shows the domain functions apply them.

const VENDOR = '991825827';
const OTHER = '312605031';

describe('the rules of lib/access, without a database', () => {
  it('each policy asks for its own role: an access manager is no client administrator, nor the reverse', () => {
    const none = { isAccessManager: false, isClientAdmin: false };
    const manager = { isAccessManager: true, isClientAdmin: false };
    const clientAdmin = { isAccessManager: false, isClientAdmin: true };
    expect([none, manager, clientAdmin].map((access) => permits(access, 'represent'))).toEqual([true, true, true]);
    expect([none, manager, clientAdmin].map((access) => permits(access, 'accessManager'))).toEqual([false, true, false]);
    expect([none, manager, clientAdmin].map((access) => permits(access, 'clientAdmin'))).toEqual([false, false, true]);
  });

  it("a facilitator id given with the call must be the party's own (AUTH-00031); none given passes", () => {
    const access = { org: { id: 'org-a' } } as PartyAccess;
    expect(() => requireFacilitator(access, undefined)).not.toThrow();
    expect(() => requireFacilitator(access, 'org-a')).not.toThrow();
    const refused = (() => {
      try {
        requireFacilitator(access, 'org-b');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AltinnProblem);
    expect((refused as AltinnProblem).code).toBe('AUTH-00031');
    expect((refused as AltinnProblem).status).toBe(400);
  });

  it("a vendor owns only its own systems, and a missing system is no one's", () => {
    expect(ownsSystem({ vendorOrgNo: VENDOR }, VENDOR)).toBe(true);
    expect(ownsSystem({ vendorOrgNo: OTHER }, VENDOR)).toBe(false);
    expect(ownsSystem(null, VENDOR)).toBe(false);
  });

  it('the system register is written by its vendor or with the admin scope, by no one else', () => {
    expect(mayWriteSystem({ scopes: [], orgNo: VENDOR }, VENDOR)).toBe(true);
    expect(mayWriteSystem({ scopes: [], orgNo: OTHER }, VENDOR)).toBe(false);
    expect(mayWriteSystem({ scopes: [] }, VENDOR)).toBe(false);
    expect(mayWriteSystem({ scopes: [SCOPES.registerAdmin], orgNo: OTHER }, VENDOR)).toBe(true);
    expect(mayWriteSystem({ scopes: [SCOPES.registerAdmin] }, VENDOR)).toBe(true);
    expect(mayWriteSystem({ scopes: ['altinn:authentication/systemregister.write'], orgNo: OTHER }, VENDOR)).toBe(false);
  });
});
