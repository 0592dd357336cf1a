import { z } from 'zod';

import type { ApiOperation } from './operation';
import { operations as allOperations } from './operations';

// Builds the OpenAPI 3.1 document from the operations list and their zod schemas (zod's own JSON Schema
// output, draft 2020-12, which is OpenAPI 3.1's schema dialect). Schemas that carry a `.meta({ id })` become
// shared components; everything else is written inline.

type JsonSchema = Record<string, unknown>;
type JsonObject = Record<string, unknown>;

/** Altinn's problem+json: AUTH-000NN problems, STD-00000 validation problems and ASP.NET binding problems. */
export const problemDetails = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().optional().meta({ description: '`AUTH-000NN` or `STD-00000`.' }),
    traceId: z.string(),
    statusDescription: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: 'Model-binding failures, by field.' }),
    validationErrors: z
      .array(
        z.looseObject({
          code: z.string().meta({ description: '`AUTH.VLD-000NN`.' }),
          title: z.string(),
          paths: z.array(z.string()),
          detail: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'ProblemDetails' });

const REASONS: Record<number, string> = { 401: 'No token, or an invalid or expired token.', 403: 'The token lacks the scope.' };

class SchemaConverter {
  readonly components: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
    delete json.$schema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$defs;
    const names: Record<string, string> = {};
    for (const [name, def] of Object.entries(defs)) names[name] = this.componentName(name, def, io);
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value && typeof value === 'object') {
        const out: JsonObject = {};
        for (const [key, inner] of Object.entries(value)) {
          out[key] =
            key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')
              ? `#/components/schemas/${names[inner.slice('#/$defs/'.length)]}`
              : rewrite(inner);
        }
        return out;
      }
      return value;
    };
    for (const [name, def] of Object.entries(defs)) this.components[names[name]] = rewrite(def) as JsonSchema;
    return rewrite(json) as JsonSchema;
  }

  /** The same id can read differently as input (defaults make fields optional) and output. */
  private componentName(name: string, def: JsonSchema, io: 'input' | 'output'): string {
    const candidates = [name, `${name}${io === 'input' ? 'Input' : 'Output'}`];
    for (let n = 2; candidates.length < 10; n++) candidates.push(`${name}${n}`);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    return candidates.find((c) => !this.components[c] || same(this.components[c], def)) ?? `${name}_${io}`;
  }
}

function operationId(op: ApiOperation): string {
  const words = op.path
    .replace('/authentication/api/v1/', '')
    .split(/[/._-]+/)
    .filter(Boolean)
    .map((w) => (w.startsWith('{') ? `By${w[1].toUpperCase()}${w.slice(2, -1)}` : w))
    .map((w) => w[0].toUpperCase() + w.slice(1));
  return op.method + words.join('');
}

function parameters(converter: SchemaConverter, op: ApiOperation): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [location, schema] of [
    ['path', op.params],
    ['query', op.query],
  ] as const) {
    if (!schema) continue;
    const json = converter.convert(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      out.push({
        name,
        in: location,
        required: location === 'path' || required.has(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

function responses(converter: SchemaConverter, op: ApiOperation): JsonObject {
  const out: JsonObject = {};
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
  const all: ApiOperation['responses'] = { ...op.responses };
  if (op.scopes.length) {
    for (const status of [401, 403]) all[status] ??= { description: REASONS[status] };
  }
  for (const [status, response] of Object.entries(all)) {
    const code = Number(status);
    const content: JsonObject = {};
    if (response.schema) {
      const schema = converter.convert(response.schema, 'output');
      const plainText = code >= 400 && schema.type === 'string';
      content[plainText ? 'text/plain' : 'application/json'] = { schema };
    }
    if (code >= 400 && code < 500) Object.assign(content, problem);
    out[status] = { description: response.description, ...(Object.keys(content).length ? { content } : {}) };
  }
  return out;
}

function scopeText(scopes: readonly string[]): string {
  if (!scopes.length) return 'No token needed.';
  return `Bearer token with one of the scopes: ${scopes.map((s) => `\`${s}\``).join(', ')}.`;
}

export function buildDocument(options: { serverUrl?: string; operations?: ApiOperation[] } = {}): JsonObject {
  const ops = options.operations ?? allOperations;
  const converter = new SchemaConverter();
  converter.convert(problemDetails, 'output');
  const paths: Record<string, JsonObject> = {};
  for (const op of ops) {
    const item = (paths[op.path] ??= {});
    if (item[op.method]) throw new Error(`OpenAPI: ${op.method.toUpperCase()} ${op.path} is listed twice`);
    const params = parameters(converter, op);
    item[op.method] = {
      operationId: operationId(op),
      summary: op.summary,
      description: scopeText(op.scopes),
      tags: op.tags,
      security: op.scopes.length ? [{ bearer: [...op.scopes] }] : [],
      ...(op.scopes.length ? { 'x-scopes': [...op.scopes] } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: converter.convert(op.body, 'input') } } } }
        : {}),
      responses: responses(converter, op),
    };
  }
  return {
    // No jsonSchemaDialect: the schemas (JSON Schema 2020-12 from zod) are valid under OpenAPI 3.1's default
    // dialect, and viewers such as Swagger UI warn about any other value.
    openapi: '3.1.1',
    info: {
      title: 'Systembruker sandbox API',
      version: '1.0.0',
      description:
        'The Altinn 3 system user APIs as the sandbox serves them: the same paths, bodies, status codes and ' +
        'AUTH error codes as Altinn. Get a token from `/maskinporten/token` or the test-token endpoints.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [...new Set(ops.flatMap((op) => op.tags))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A Maskinporten-shaped or personal token from the sandbox. Each operation lists the scopes it accepts.',
        },
      },
      schemas: converter.components,
    },
  };
}
