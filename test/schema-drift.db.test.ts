import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from './support/database';
import { actualShape, expectedShape, loadDmmf, SCHEMA_PATH } from './support/schema-model';

// The migrations are written by hand, so this is what keeps them and schema.prisma the same database.
// Each partial unique index the contract relies on is listed here with its exact predicate.
const PARTIAL_INDEXES = [
  `Request Request_active_triple_key unique (type, systemInternalId, partyOrgNo, externalRef) where ` +
    `(("isDeleted" = false) AND (type <> 'change'::"RequestType") AND (status <> 'Timedout'::"RequestStatus"))`,
  `SystemUser SystemUser_active_triple_key unique (systemInternalId, reporteeOrgNo, externalRef) where ("isDeleted" = false)`,
];

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

describe('migrations against schema.prisma', () => {
  it('create exactly the enums, tables, columns, indexes and foreign keys the schema declares', async () => {
    const expected = expectedShape(loadDmmf());
    const { partialIndexes, ...actual } = await actualShape(database.driver);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.tables).toEqual(expected.tables);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
    expect(partialIndexes).toEqual([...PARTIAL_INDEXES].sort());
  });

  it('notices a column added to schema.prisma without a migration', async () => {
    const schema = readFileSync(SCHEMA_PATH, 'utf8').replace('model Person {\n', 'model Person {\n  nickname String?\n');
    const expected = expectedShape(loadDmmf(schema));
    const { partialIndexes: _partial, ...actual } = await actualShape(database.driver);
    expect(actual.tables).not.toEqual(expected.tables);
    expect(expected.tables.Person.nickname).toBe('text null');
    expect(actual.tables.Person.nickname).toBeUndefined();
  });
});
