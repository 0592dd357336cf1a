// ASP.NET's routing for the Altinn API paths (docs/altinn-behaviour.md, "Binding and paging": route matching is case-insensitive): a path under
// /authentication/api/ or /authorization/api/ matches a route template whatever the case of its literal
// segments, a literal segment wins over a parameter at the same place (so `systemuser/byexternalid` is the
// byExternalId route, not `systemuser/{party}`), and a path no template matches is a 404 with an empty body.
// Next.js matches case-sensitively, so the proxy rewrites such a path to the template's own spelling.
// Pure code without imports: it runs in the proxy. test/api/api-paths.test.ts checks that this list is app/'s.

/** Every route directory under app/ below the two API roots; `[name]` is a parameter segment. */
export const API_ROUTES: readonly string[] = [
  'authentication/api/v1/enduser/systemuser/agents',
  'authentication/api/v1/enduser/systemuser/clients',
  'authentication/api/v1/enduser/systemuser/clients/available',
  'authentication/api/v1/exchange/[tokenProvider]',
  'authentication/api/v1/logout',
  'authentication/api/v1/logout/handleloggedout',
  'authentication/api/v1/openapi.json',
  'authentication/api/v1/systemregister',
  'authentication/api/v1/systemregister/[systemId]',
  'authentication/api/v1/systemregister/[systemId]/accesspackages',
  'authentication/api/v1/systemregister/[systemId]/rights',
  'authentication/api/v1/systemregister/vendor',
  'authentication/api/v1/systemregister/vendor/[systemId]',
  'authentication/api/v1/systemregister/vendor/[systemId]/accesspackages',
  'authentication/api/v1/systemregister/vendor/[systemId]/changelog',
  'authentication/api/v1/systemregister/vendor/[systemId]/rights',
  'authentication/api/v1/systemuser',
  'authentication/api/v1/systemuser/[party]',
  'authentication/api/v1/systemuser/[party]/[systemUserId]',
  'authentication/api/v1/systemuser/[party]/[systemUserId]/delegations',
  'authentication/api/v1/systemuser/[party]/create',
  'authentication/api/v1/systemuser/agent/[party]',
  'authentication/api/v1/systemuser/agent/[party]/[id]',
  'authentication/api/v1/systemuser/agent/[party]/[id]/[systemUserId]/delegations',
  'authentication/api/v1/systemuser/agent/[party]/[id]/client',
  'authentication/api/v1/systemuser/agent/[party]/[id]/self',
  'authentication/api/v1/systemuser/agent/[party]/clients',
  'authentication/api/v1/systemuser/agent/request',
  'authentication/api/v1/systemuser/byExternalId',
  'authentication/api/v1/systemuser/changerequest/[party]',
  'authentication/api/v1/systemuser/changerequest/[party]/[requestId]',
  'authentication/api/v1/systemuser/changerequest/[party]/[requestId]/approve',
  'authentication/api/v1/systemuser/changerequest/[party]/[requestId]/reject',
  'authentication/api/v1/systemuser/changerequest/vendor',
  'authentication/api/v1/systemuser/changerequest/vendor/[requestId]',
  'authentication/api/v1/systemuser/changerequest/vendor/byexternalref/[systemId]/[orgNo]/[externalRef]',
  'authentication/api/v1/systemuser/changerequest/vendor/bysystem/[systemId]',
  'authentication/api/v1/systemuser/request/[party]',
  'authentication/api/v1/systemuser/request/[party]/[requestId]',
  'authentication/api/v1/systemuser/request/[party]/[requestId]/approve',
  'authentication/api/v1/systemuser/request/[party]/[requestId]/escalate',
  'authentication/api/v1/systemuser/request/[party]/[requestId]/pending',
  'authentication/api/v1/systemuser/request/[party]/[requestId]/reject',
  'authentication/api/v1/systemuser/request/agent/[party]',
  'authentication/api/v1/systemuser/request/agent/[party]/[requestId]',
  'authentication/api/v1/systemuser/request/agent/[party]/[requestId]/approve',
  'authentication/api/v1/systemuser/request/agent/[party]/[requestId]/escalate',
  'authentication/api/v1/systemuser/request/agent/[party]/[requestId]/pending',
  'authentication/api/v1/systemuser/request/agent/[party]/[requestId]/reject',
  'authentication/api/v1/systemuser/request/vendor',
  'authentication/api/v1/systemuser/request/vendor/[requestId]',
  'authentication/api/v1/systemuser/request/vendor/agent',
  'authentication/api/v1/systemuser/request/vendor/agent/[requestId]',
  'authentication/api/v1/systemuser/request/vendor/agent/byexternalref/[systemId]/[orgNo]/[externalRef]',
  'authentication/api/v1/systemuser/request/vendor/agent/bysystem/[systemId]',
  'authentication/api/v1/systemuser/request/vendor/byexternalref/[systemId]/[orgNo]/[externalRef]',
  'authentication/api/v1/systemuser/request/vendor/bysystem/[systemId]',
  'authentication/api/v1/systemuser/vendor/byquery',
  'authentication/api/v1/systemuser/vendor/bysystem/[systemId]',
  'authorization/api/v1/decision',
];

const API_ROOT = /^\/(authentication|authorization)\/api(\/|$)/i;

interface Node {
  literals: Map<string, { spelling: string; node: Node }>;
  parameter?: Node;
  terminal: boolean;
}

const newNode = (): Node => ({ literals: new Map(), terminal: false });

function buildTree(routes: readonly string[]): Node {
  const root = newNode();
  for (const route of routes) {
    let node = root;
    for (const segment of route.split('/')) {
      if (/^\[.+\]$/.test(segment)) {
        node = node.parameter ??= newNode();
      } else {
        const key = segment.toLowerCase();
        let next = node.literals.get(key);
        if (!next) node.literals.set(key, (next = { spelling: segment, node: newNode() }));
        node = next.node;
      }
    }
    node.terminal = true;
  }
  return root;
}

const TREE = buildTree(API_ROUTES);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The segments in the templates' spelling, literals first at each depth; undefined when nothing matches. */
function match(node: Node, segments: string[], at: number): string[] | undefined {
  if (at === segments.length) return node.terminal ? [] : undefined;
  const segment = segments[at];
  const literal = node.literals.get(decodeSegment(segment).toLowerCase());
  if (literal) {
    const rest = match(literal.node, segments, at + 1);
    if (rest) return [literal.spelling, ...rest];
  }
  if (node.parameter && segment !== '') {
    const rest = match(node.parameter, segments, at + 1);
    if (rest) return [segment, ...rest];
  }
  return undefined;
}

export type ApiPathMatch = { kind: 'other' } | { kind: 'unknown' } | { kind: 'route'; pathname: string };

/**
 * How a request path resolves: not an API path at all (`other`), an API path no route has (`unknown`), or the
 * route's path in the templates' spelling (one trailing slash ignored, as ASP.NET does).
 */
export function resolveApiPath(pathname: string): ApiPathMatch {
  if (!API_ROOT.test(pathname)) return { kind: 'other' };
  if (pathname.length > 4096) return { kind: 'unknown' };
  let path = pathname.slice(1);
  if (path.endsWith('/')) path = path.slice(0, -1);
  const segments = path.split('/');
  if (segments.length > 32) return { kind: 'unknown' };
  const matched = match(TREE, segments, 0);
  return matched ? { kind: 'route', pathname: `/${matched.join('/')}` } : { kind: 'unknown' };
}
