import { readFileSync } from 'node:fs';
import path from 'node:path';

import { get_dmmf } from '@prisma/prisma-schema-wasm';

import type { SqlSession } from '@/lib/sql-driver';

// Two descriptions of the same database, normalised so they can be compared with toEqual: one from
// schema.prisma (through Prisma's own schema parser), one read back from a migrated database.

export interface SchemaShape {
  enums: Record<string, string[]>;
  /** table → column → "type null|not null" */
  tables: Record<string, Record<string, string>>;
  /** "table name unique|index|primary (col, col)" */
  indexes: string[];
  /** "table (cols) → table (cols) on delete X" */
  foreignKeys: string[];
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}

interface Dmmf {
  datamodel: {
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    models: DmmfModel[];
    indexes: DmmfIndex[];
  };
}

export const SCHEMA_PATH = path.join(process.cwd(), 'prisma', 'schema.prisma');

export function loadDmmf(schemaText = readFileSync(SCHEMA_PATH, 'utf8')): Dmmf {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]] }))) as Dmmf;
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp(3)',
  Json: 'jsonb',
  Bytes: 'bytea',
  Decimal: 'numeric',
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => 'uuid',
  Text: () => 'text',
  Timestamptz: (args) => `timestamptz(${args[0] ?? 6})`,
  Timestamp: (args) => `timestamp(${args[0] ?? 6})`,
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  JsonB: () => 'jsonb',
};

function expectedColumnType(field: DmmfField): string {
  let base: string;
  if (field.kind === 'enum') base = `enum ${field.type}`;
  else if (field.nativeType) {
    const [name, args] = field.nativeType;
    const map = NATIVE_TYPES[name];
    if (!map) throw new Error(`schema-model: native type @db.${name} is not mapped yet`);
    base = map(args);
  } else {
    base = SCALAR_TYPES[field.type];
    if (!base) throw new Error(`schema-model: scalar type ${field.type} is not mapped yet`);
  }
  // Prisma writes list columns without NOT NULL.
  const nullable = field.isList || !field.isRequired;
  return `${base}${field.isList ? '[]' : ''} ${nullable ? 'null' : 'not null'}`;
}

export function expectedShape(dmmf: Dmmf): SchemaShape {
  const { enums, models, indexes } = dmmf.datamodel;
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: DmmfModel, field: string) => {
    const f = model.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  const shape: SchemaShape = { enums: {}, tables: {}, indexes: [], foreignKeys: [] };
  for (const e of enums) shape.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const model of models) {
    const table = tableOf.get(model.name)!;
    const columns: Record<string, string> = {};
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (field.relationFromFields?.length) {
          const target = models.find((m) => m.name === field.type)!;
          const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
          shape.foreignKeys.push(
            `${table} (${field.relationFromFields.map((f) => columnOf(model, f)).join(', ')}) → ` +
              `${tableOf.get(target.name)} (${field.relationToFields!.map((f) => columnOf(target, f)).join(', ')}) ` +
              `on delete ${onDelete}`,
          );
        }
        continue;
      }
      columns[field.dbName ?? field.name] = expectedColumnType(field);
    }
    shape.tables[table] = columns;
  }

  for (const index of indexes) {
    const model = models.find((m) => m.name === index.model)!;
    const table = tableOf.get(model.name)!;
    const cols = index.fields.map((f) => columnOf(model, f.name));
    const kind = index.type === 'id' ? 'primary' : index.type === 'unique' ? 'unique' : 'index';
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
    const name = index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
    shape.indexes.push(`${table} ${name} ${kind} (${cols.join(', ')})`);
  }

  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}

const DELETE_RULES: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

function unquote(name: string): string {
  return name.replace(/^"|"$/g, '');
}

/**
 * Reads the shape of the current schema of a database. Indexes with a WHERE clause are returned apart:
 * schema.prisma cannot declare them, so the test checks them against its own list.
 */
export async function actualShape(session: SqlSession): Promise<SchemaShape & { partialIndexes: string[] }> {
  const shape: SchemaShape & { partialIndexes: string[] } = {
    enums: {},
    tables: {},
    indexes: [],
    foreignKeys: [],
    partialIndexes: [],
  };

  const enumRows = await session.query<{ name: string; label: string }>(`
    SELECT t.typname::text AS name, e.enumlabel::text AS label
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`);
  for (const row of enumRows) (shape.enums[row.name] ??= []).push(row.label);

  const columnRows = await session.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
    datetime_precision: number | null;
  }>(`
    SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.udt_name::text, c.is_nullable::text,
           c.datetime_precision
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'`);
  for (const row of columnRows) {
    const isArray = row.data_type === 'ARRAY';
    const udt = isArray ? row.udt_name.replace(/^_/, '') : row.udt_name;
    let base: string;
    if (row.data_type === 'USER-DEFINED' || (isArray && shape.enums[udt])) base = `enum ${udt}`;
    else if (udt === 'timestamptz') base = `timestamptz(${row.datetime_precision})`;
    else if (udt === 'timestamp') base = `timestamp(${row.datetime_precision})`;
    else
      base =
        (
          {
            text: 'text',
            int4: 'integer',
            int8: 'bigint',
            float8: 'double precision',
            bool: 'boolean',
            jsonb: 'jsonb',
            bytea: 'bytea',
            numeric: 'numeric',
            uuid: 'uuid',
          } as Record<string, string>
        )[udt] ?? `unmapped ${udt}`;
    (shape.tables[row.table_name] ??= {})[row.column_name] =
      `${base}${isArray ? '[]' : ''} ${row.is_nullable === 'YES' ? 'null' : 'not null'}`;
  }

  const indexRows = await session.query<{
    table: string;
    name: string;
    unique: boolean;
    primary: boolean;
    predicate: string | null;
    columns: string;
  }>(`
    SELECT c.relname::text AS "table", i.relname::text AS name, ix.indisunique AS "unique",
           ix.indisprimary AS "primary", pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
           (SELECT string_agg(a.attname::text, ', ' ORDER BY k.ord)
              FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS columns
    FROM pg_index ix
    JOIN pg_class c ON c.oid = ix.indrelid
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relname <> '_prisma_migrations'`);
  for (const row of indexRows) {
    const kind = row.primary ? 'primary' : row.unique ? 'unique' : 'index';
    const text = `${row.table} ${row.name} ${kind} (${row.columns})`;
    if (row.predicate) shape.partialIndexes.push(`${text} where ${row.predicate}`);
    else shape.indexes.push(text);
  }

  const fkRows = await session.query<{ table: string; ref: string; rule: string; cols: string; refcols: string }>(`
    SELECT con.conrelid::regclass::text AS "table", con.confrelid::regclass::text AS ref,
           con.confdeltype::text AS rule,
           (SELECT string_agg(a.attname::text, ', ' ORDER BY k.ord)
              FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS cols,
           (SELECT string_agg(a.attname::text, ', ' ORDER BY k.ord)
              FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS refcols
    FROM pg_constraint con
    JOIN pg_namespace n ON n.oid = con.connamespace
    WHERE con.contype = 'f' AND n.nspname = current_schema()`);
  for (const row of fkRows) {
    shape.foreignKeys.push(
      `${unquote(row.table)} (${row.cols}) → ${unquote(row.ref)} (${row.refcols}) on delete ${DELETE_RULES[row.rule] ?? row.rule}`,
    );
  }

  shape.indexes.sort();
  shape.partialIndexes.sort();
  shape.foreignKeys.sort();
  return shape;
}
