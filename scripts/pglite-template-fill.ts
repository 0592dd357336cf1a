// Run by scripts/pglite-template.mjs: creates a PGlite data folder at the path given, applies the migrations
// and loads the default data, exactly as the server does on a new folder, then closes it cleanly.
import { openDatabase } from '../lib/db';

const [dataDir] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: pglite-template-fill.ts <data folder>');
  process.exit(2);
}
// No template of its own: this is where the template comes from.
const opened = await openDatabase({ dataDir, templateDir: false, seed: true });
// Statistics for the seeded tables, so that the first upkeep round of a copy has nothing to analyze
// (lib/upkeep.ts analyzes a table never analyzed).
await opened.driver.exec('ANALYZE');
await opened.close();
