import { config } from './lib/config';
import { closeDatabase, database } from './lib/db';
import { startDeliveryWorker } from './lib/events/delivery';
import { startTimeoutSweep } from './lib/events/sweep';
import { loadTestDataFile } from './lib/testdata/load';
import { startUpkeep } from './lib/upkeep';

/** Opens (creates, migrates, seeds) the database and prints where the sandbox listens and what it uses. */
export async function startServer(): Promise<void> {
  const opened = await database();
  const { SANDBOX_DATA } = config();
  if (SANDBOX_DATA) {
    // A team's own test data: a bad document stops the start, saying which entry and field.
    try {
      const added = await loadTestDataFile(opened.prisma, SANDBOX_DATA);
      console.log(`Test data from ${SANDBOX_DATA} loaded, new rows: ${JSON.stringify(added)}`);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  }
  const stopUpkeep = await startUpkeep(opened.driver);
  // Sandbox extensions: webhook deliveries from the outbox, and Timedout written (with its event) as time passes.
  const stopDelivery = startDeliveryWorker(opened.prisma, opened.driver);
  const stopSweep = startTimeoutSweep();
  const { PORT, PUBLIC_URL } = config();
  console.log(`Sandbox listening on ${PUBLIC_URL} (port ${PORT}), database: ${opened.label}`);
  // PGlite writes through to its folder at every commit; closing it on a clean stop spares a recovery.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.all([stopUpkeep(), stopDelivery(), stopSweep()])
        .then(closeDatabase)
        .finally(() => process.exit(0));
    });
  }
}
