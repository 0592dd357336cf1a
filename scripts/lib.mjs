// Helpers shared by the npm scripts: run a command, and decide whether generated output is stale.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    // A stop asked of this script is passed on, so the server closes its database and nothing lingers.
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export function bin(name) {
  return path.join(root, 'node_modules', '.bin', name);
}

function walk(target, out) {
  if (!existsSync(target)) return;
  const stat = statSync(target);
  if (stat.isFile()) {
    out.push(target);
    return;
  }
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'generated' || entry.startsWith('.')) continue;
    walk(path.join(target, entry), out);
  }
}

/** A hash over the contents of the given files and folders, to tell whether a build is out of date. */
export function hashInputs(inputs) {
  const files = [];
  for (const input of inputs) walk(path.join(root, input), files);
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function isFresh(stampFile, hash) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

export function stamp(stampFile, hash) {
  writeFileSync(stampFile, hash);
}
