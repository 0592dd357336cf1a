import { describe, expect, it } from 'vitest';

import { organisationOf, personOf, sessionPersonOf } from '@/lib/access/caller';
import {
  conflict,
  type DomainError,
  forbidden,
  invalid,
  notFound,
  problem,
  toProblemResponse,
  unauthenticated,
  unlessMissing,
} from '@/lib/errors';

// The domain's errors know nothing of HTTP; lib/errors.ts alone decides what each looks like on the wire.
describe('domain errors and their one mapping', () => {
  it('maps each failure to its status, with a sentence as plain text and fields as binding errors', async () => {
    const cases: [DomainError, number][] = [
      [invalid(), 400],
      [unauthenticated(), 401],
      [forbidden(), 403],
      [notFound(), 404],
      [conflict(), 409],
    ];
    for (const [error, status] of cases) {
      const { response, unexpected } = toProblemResponse(error, 'trace');
      expect({ failure: error.failure, status: response.status, unexpected }).toEqual({
        failure: error.failure,
        status,
        unexpected: undefined,
      });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ status, traceId: 'trace' });
    }
    const sentence = toProblemResponse(notFound({ sentence: "System with ID 'x' not found." })).response;
    expect({ status: sentence.status, type: sentence.headers.get('content-type'), body: await sentence.text() }).toEqual({
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: "System with ID 'x' not found.",
    });
    const fields = toProblemResponse(invalid({ fields: { jwk: ['Not a usable RSA public key.'] } })).response;
    expect({ status: fields.status, body: await fields.json() }).toMatchObject({
      status: 400,
      body: { errors: { jwk: ['Not a usable RSA public key.'] } },
    });
  });

  it('lets a page tell "not there" from a failure: only the former becomes undefined', async () => {
    expect(await unlessMissing(Promise.reject(problem('AUTH-00015')))).toBeUndefined();
    expect(await unlessMissing(Promise.reject(notFound()))).toBeUndefined();
    expect(await unlessMissing(Promise.resolve(1))).toBe(1);
    const outage = new Error('connection refused');
    await expect(unlessMissing(Promise.reject(outage))).rejects.toBe(outage);
    await expect(unlessMissing(Promise.reject(forbidden()))).rejects.toMatchObject({ failure: 'forbidden' });
    await expect(unlessMissing(Promise.reject(problem('AUTH-00013')))).rejects.toMatchObject({ code: 'AUTH-00013' });
  });

  it('has one answer each for a caller without an organisation or a person', () => {
    expect(organisationOf({ orgNo: '991825827' })).toBe('991825827');
    expect(() => organisationOf({})).toThrow(expect.objectContaining({ failure: 'unauthenticated' }));
    const person = { pid: '12858540036', userId: 1, partyId: 2 };
    expect(personOf({ person })).toBe(person);
    expect(() => personOf({})).toThrow(expect.objectContaining({ failure: 'forbidden' }));
    expect(sessionPersonOf(person)).toBe(person);
    expect(() => sessionPersonOf(undefined)).toThrow(expect.objectContaining({ failure: 'unauthenticated' }));
  });
});
