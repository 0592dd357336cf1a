// `npm start`: build if needed, then serve. The server itself creates or migrates the database and loads
// the default data (instrumentation.ts), then prints where it listens and which database it uses.
import { build } from './build.mjs';
import { bin, run } from './lib.mjs';

await build();
const port = process.env.PORT ?? '3000';
await run(bin('next'), ['start', '--port', port], {
  env: { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: '1' },
}).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
