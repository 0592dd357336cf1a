// Runs once when the server starts, before it takes requests. The work lives in instrumentation-node.ts so
// that the edge bundle never sees Node.js APIs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./instrumentation-node');
    await startServer();
  }
}
