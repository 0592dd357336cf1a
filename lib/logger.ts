import pino from 'pino';

import { config } from './config';

// One structured logger (JSON lines on stdout). Kept on globalThis because Next.js bundles this module
// into several server chunks, and they should share one instance.
const key = Symbol.for('systembruker-sandbox.logger');
type WithLogger = typeof globalThis & { [key]?: pino.Logger };

export function logger(): pino.Logger {
  const g = globalThis as WithLogger;
  g[key] ??= pino({ level: config().LOG_LEVEL, base: { service: 'systembruker-sandbox' } });
  return g[key];
}
