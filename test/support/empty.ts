// Stands in for the `server-only` marker package outside Next.js, where its plain entry point throws.
export {};
