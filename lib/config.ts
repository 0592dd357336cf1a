import { z } from 'zod';

// Everything the sandbox reads from its environment, parsed once. Defaults make `npm start` work bare.
const booleanish = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REQUEST_TIMEOUT_DAYS: z.coerce.number().positive().default(10),
  PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  TESTTOOLS_ENABLED: booleanish.default(true),
  TESTTOOLS_PASSWORD: z.string().optional(),
  // Further token issuers the API accepts: "issuer|jwks_uri" entries, separated by commas or spaces.
  TRUSTED_ISSUERS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((entry) => entry.split('|')),
    )
    .pipe(z.array(z.tuple([z.url(), z.url()], 'Each TRUSTED_ISSUERS entry is issuer|jwks_uri.'))),
  // A team's own test data document, loaded at start after the default data (sandbox extension).
  SANDBOX_DATA: z
    .string()
    .min(1)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & { PUBLIC_URL: string };

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.parse(env);
  const publicUrl = (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, '');
  return { ...parsed, PUBLIC_URL: publicUrl };
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= readConfig();
  return cached;
}
