// Runs once when the server starts, before it takes requests. The work lives in instrumentation-node.ts so
// that the edge bundle never sees Node.js APIs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./instrumentation-node');
    await startServer();
  }
}

// A page that fails while rendering is logged here with Next.js's digest as its trace id: the error page
// shows the same id, so a tester's report leads to the log line.
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string },
  context: { routePath: string; routeType: string },
): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logger } = await import('./lib/logger');
  const traceId = (error as { digest?: unknown })?.digest;
  logger().error({ err: error, traceId, method: request.method, path: request.path, route: context.routePath }, 'page error');
}
