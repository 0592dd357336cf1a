import 'server-only';

import { logger } from '../logger';
import { expireAllDue } from '../requests/timeout';

// Requests time out as time passes, real or on the sandbox clock. Reads compute Timedout on the fly; this
// writes it now and then (and the clock writes it when moved), so the `request.timedout` event is sent
// without anyone reading the request.

const SWEEP_MS = 60_000;

export function startTimeoutSweep(intervalMs = SWEEP_MS): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = expireAllDue().catch((error: unknown) => {
      if (!stopped) logger().warn({ err: error }, 'timeout sweep failed');
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
