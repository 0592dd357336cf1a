import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { bindNames, readJsonBody } from '@/lib/api/read-body';
import { HttpProblem } from '@/lib/errors';
import { registerSystemRequest, rightsBody } from '@/lib/schemas/systems';

const post = (body: string | undefined, contentType?: string) =>
  new Request('http://localhost/x', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });

describe('JSON body binding', () => {
  it('binds property names case-insensitively, through nested objects and arrays', () => {
    const bound = bindNames(registerSystemRequest, {
      Id: '991825827_x',
      VENDOR: { id: '0192:991825827' },
      Name: { NB: 'keeps dictionary keys' },
      accesspackages: [{ URN: 'urn:altinn:accesspackage:skattegrunnlag' }],
      Rights: [{ Resource: [{ ID: 'urn:altinn:resource', Value: 'x' }] }],
      unknown: 1,
    });
    expect(bound).toEqual({
      id: '991825827_x',
      vendor: { ID: '0192:991825827' },
      name: { NB: 'keeps dictionary keys' },
      accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'x' }] }],
      unknown: 1,
    });
  });

  it('prefers the exact spelling when both are present', () => {
    expect(bindNames(rightsBody, [{ resource: [], Resource: [{ id: 'a', value: 'b' }] }])).toEqual([{ resource: [] }]);
  });

  it.each([
    ['no content type', post('{}'), 400],
    ['text/plain', post('{}', 'text/plain'), 400],
    ['empty body', post('', 'application/json'), 400],
    ['malformed JSON', post('{"a":', 'application/json'), 400],
    // Only application/json, text/json and application/*+json are JSON: any other application/* is not.
    ['application/xml', post('[]', 'application/xml'), 400],
    ['application/x-www-form-urlencoded', post('[]', 'application/x-www-form-urlencoded'), 400],
  ])('rejects %s', async (_name, request, status) => {
    const error = await readJsonBody(request, rightsBody).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpProblem);
    expect((error as HttpProblem).status).toBe(status);
  });

  it('leaves schema mismatches to zod (the mapper makes them 400 binding problems)', async () => {
    const error = await readJsonBody(post('{"a":1}', 'application/json'), rightsBody).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(z.ZodError);
  });

  it('accepts application/json with a charset and +json types, and trims string properties', async () => {
    const body = { id: ' 991825827_x ', vendor: { ID: '0192:991825827' }, name: {}, description: {}, clientId: [' c '] };
    const parsed = await readJsonBody(post(JSON.stringify(body), 'application/json; charset=utf-8'), registerSystemRequest);
    expect(parsed.id).toBe('991825827_x');
    expect(parsed.clientId).toEqual([' c ']);
    expect(parsed.isVisible).toBe(true);
    await expect(readJsonBody(post('[]', 'application/problem+json'), rightsBody)).resolves.toEqual([]);
  });
});
