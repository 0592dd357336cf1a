// `npm start`: build if needed, then serve. The server itself creates or migrates the database and loads
// the default data (instrumentation.ts), then prints where it listens and which database it uses.
import { build } from './build.mjs';
import { bin, run } from './lib.mjs';

// V8 sizes its heap from the machine's memory (4 GB here) and lets it grow long before it collects; the
// sandbox's live heap stays far below this limit, so a cap keeps its memory flat (benchmark: peak RSS 511 MB
// uncapped, 300 MB at 200 MB, the same throughput). NODE_OPTIONS with its own limit wins.
const DEFAULT_MAX_HEAP_MB = 256;

function nodeOptions() {
  const options = process.env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size\b/.test(options)) return options;
  const raw = process.env.MAX_HEAP_MB ?? String(DEFAULT_MAX_HEAP_MB);
  const megabytes = Number(raw);
  if (!Number.isInteger(megabytes) || megabytes < 64) {
    console.error(`MAX_HEAP_MB must be a whole number of megabytes, at least 64 (got "${raw}")`);
    process.exit(1);
  }
  return `${options} --max-old-space-size=${megabytes}`.trim();
}

const NODE_OPTIONS = nodeOptions();
await build();
const port = process.env.PORT ?? '3000';
await run(bin('next'), ['start', '--port', port], {
  env: { ...process.env, NODE_OPTIONS, PORT: port, NEXT_TELEMETRY_DISABLED: '1' },
}).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
