import { describe, expect, it } from 'vitest';

import { bindNames, readQuery } from '@/lib/api/read-body';
import { encodeToken } from '@/lib/schemas/binding';
import { clientsQuery } from '@/lib/schemas/portal';
import { pageQuery } from '@/lib/schemas/requests';
import { byQueryQuery } from '@/lib/schemas/system-users';

describe('query and body binding of the request routes', () => {
  it('ignores names of Object.prototype (constructor, __proto__, toString) instead of failing', () => {
    const url = 'http://localhost/x?constructor=1&toString=2&__proto__=3&token=' + encodeToken('5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11');
    expect(readQuery(new Request(url), pageQuery)).toEqual({ token: '5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11' });
    const body = bindNames(byQueryQuery, JSON.parse('{"__proto__": {"polluted": 1}, "constructor": "x", "ORGNO": "314248295"}'));
    expect(body).toEqual({ constructor: 'x', orgno: '314248295' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads paging tokens written as Altinn writes them (base64url of the JSON value)', () => {
    expect(encodeToken(123)).toBe('MTIz');
    expect(encodeToken(123n)).toBe('MTIz');
    expect(readQuery(new Request('http://localhost/x?Token=IjVkMGM1YTUzLTVkMmMtNGM1ZS05ZDBlLTJkNmIxZjNiOWExMSI'), pageQuery)).toEqual({
      token: '5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11',
    });
  });

  it("binds every route's query the same way: names case-insensitive, lists get every value, others the first", () => {
    const facilitator = '5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11';
    const url = `http://localhost/x?Facilitator=${facilitator}&facilitator=nope&packages=a&PACKAGES=b&other=1`;
    expect(readQuery(new Request(url), clientsQuery)).toEqual({ facilitator, packages: ['a', 'b'] });
    expect(readQuery(new Request(`http://localhost/x?facilitator=${facilitator}`), clientsQuery)).toEqual({ facilitator, packages: [] });
    const byQuery = readQuery(new Request('http://localhost/x?system-id=first&SYSTEM-ID=second&orgno=314248295'), byQueryQuery);
    expect(byQuery).toEqual({ 'system-id': 'first', orgno: '314248295' });
  });
});
