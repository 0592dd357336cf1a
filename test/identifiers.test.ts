import { describe, expect, it } from 'vitest';

import { isSyntheticPid, isValidOrgNo, isValidPid, withOrgCheckDigit } from '@/lib/identifiers';
import { organizations, persons } from '@/lib/seed/parties';

describe('organisation numbers', () => {
  it('accepts every seeded organisation and rejects a wrong check digit', () => {
    for (const o of organizations) expect(isValidOrgNo(o.orgNo), o.orgNo).toBe(true);
    expect(isValidOrgNo('991825828')).toBe(false);
    expect(isValidOrgNo('99182582')).toBe(false);
    expect(isValidOrgNo('99182582a')).toBe(false);
  });

  it('completes eight digits, or refuses when the remainder is 10', () => {
    expect(withOrgCheckDigit('99182582')).toBe('991825827');
    const refused = Array.from({ length: 200 }, (_, i) => String(31000000 + i)).filter((base) => withOrgCheckDigit(base) === null);
    expect(refused.length).toBeGreaterThan(0);
    for (const base of refused) {
      for (let d = 0; d <= 9; d++) expect(isValidOrgNo(base + d)).toBe(false);
    }
  });
});

describe('person numbers', () => {
  it('accepts every seeded person as a synthetic number', () => {
    for (const p of persons) {
      expect(isValidPid(p.pid), p.pid).toBe(true);
      expect(isSyntheticPid(p.pid), p.pid).toBe(true);
    }
  });

  it('rejects wrong check digits, wrong lengths and real-looking months', () => {
    expect(isValidPid('12858540037')).toBe(false);
    expect(isValidPid('1285854003')).toBe(false);
    // A valid number with an ordinary month is not synthetic.
    const ordinary = Array.from({ length: 1000 }, (_, i) => `010190${String(i).padStart(3, '0')}`)
      .flatMap((s) => Array.from({ length: 100 }, (_, k) => s + String(k).padStart(2, '0')))
      .find(isValidPid);
    expect(ordinary).toBeDefined();
    expect(isSyntheticPid(ordinary!)).toBe(false);
  });
});
