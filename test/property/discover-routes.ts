import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Finds every route handler under app/ the way Next.js maps folders to URLs, so the tests that walk the
// routes cover new ones without being told about them.

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethodName = (typeof HTTP_METHODS)[number];

export interface Segment {
  /** `static` text, a `dynamic` [name], a `catchAll` [...name] or an `optionalCatchAll` [[...name]]. */
  kind: 'static' | 'dynamic' | 'catchAll' | 'optionalCatchAll';
  name: string;
}

export interface DiscoveredRoute {
  file: string;
  segments: Segment[];
  /** The URL path with `{name}` for dynamic segments, as the OpenAPI document writes it. */
  openApiPath: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : walk(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

function segment(folder: string): Segment | undefined {
  if (/^\(.*\)$/.test(folder) || folder.startsWith('@')) return undefined;
  let m = /^\[\[\.\.\.(.+)\]\]$/.exec(folder);
  if (m) return { kind: 'optionalCatchAll', name: m[1] };
  m = /^\[\.\.\.(.+)\]$/.exec(folder);
  if (m) return { kind: 'catchAll', name: m[1] };
  m = /^\[(.+)\]$/.exec(folder);
  if (m) return { kind: 'dynamic', name: m[1] };
  return { kind: 'static', name: folder };
}

export function discoverRoutes(under = 'app'): DiscoveredRoute[] {
  const appDir = path.join(ROOT, 'app');
  return walk(path.join(ROOT, under))
    .sort()
    .map((file) => {
      const folders = path.relative(appDir, path.dirname(file)).split(path.sep).filter(Boolean);
      const segments = folders.map(segment).filter((s): s is Segment => s !== undefined);
      const openApiPath = '/' + segments.map((s) => (s.kind === 'static' ? s.name : `{${s.name}}`)).join('/');
      return { file, segments, openApiPath };
    });
}

export async function routeHandlers(route: DiscoveredRoute): Promise<Partial<Record<HttpMethodName, unknown>>> {
  const mod = (await import(pathToFileURL(route.file).href)) as Record<string, unknown>;
  return Object.fromEntries(HTTP_METHODS.filter((m) => typeof mod[m] === 'function').map((m) => [m, mod[m]]));
}
