import { randomBytes } from 'node:crypto';

import { z } from 'zod';

import { isNulRefusal, NUL_MESSAGE } from './api/nul';
import { MaskinportenError } from './maskinporten/errors';

// Altinn's problem documents: one table of AUTH codes (code → status → title), one error type, one mapper.

const P = (status: number, title: string) => ({ status, title });

export const PROBLEMS = {
  'AUTH-00000': P(400, "Can't resolve the Organisation Number from the logged in Reportee PartyId."),
  'AUTH-00001': P(400, 'One or more Right not found or not delegable.'),
  'AUTH-00002': P(400, 'The Delegation failed.'),
  'AUTH-00003': P(400, 'Failed to create the SystemUser.'),
  'AUTH-00004': P(400, 'Failed to create new SystemUser, existing SystemUser tied to the given System-Id.'),
  'AUTH-00005': P(400, 'Default error at the end of logic chain. Not supposed to appear.'),
  'AUTH-00006': P(400, 'The combination of External Ids refer to an already Accepted SystemUser.'),
  'AUTH-00007': P(400, 'The combination of External Ids refer to a Pending Request, please reuse or delete.'),
  'AUTH-00008': P(400, 'The combination of External Ids refer to a Denied Request, please delete and renew the Request.'),
  'AUTH-00009': P(400, 'The combination of External Ids refer to a Rejected Request, please delete and renew the Request.'),
  'AUTH-00010': P(404, 'The Id does not refer to a Request in our system.'),
  'AUTH-00011': P(404, 'The Id does not refer to a Registered System.'),
  'AUTH-00012': P(404, 'An error occured when storing the Request.'),
  'AUTH-00013': P(409, 'The Status of the Request is not New.'),
  'AUTH-00014': P(403, 'DelegationCheck failed with unknown error.'),
  'AUTH-00015': P(404, 'The SystemUser was not found.'),
  'AUTH-00016': P(403, 'DelegationCheck failed with error: Has not access by a delegation of role in ER or Altinn.'),
  'AUTH-00017': P(404, 'The SystemName was not found.'),
  'AUTH-00018': P(403, 'DelegationCheck failed with error: Has not access by direct delegation.'),
  'AUTH-00019': P(403, 'DelegationCheck failed with error: The service requires explicit access in SRR and the reportee is missing this.'),
  'AUTH-00020': P(
    403,
    'DelegationCheck failed with error: The service requires explicit authentication level and the reportee is missing this.',
  ),
  'AUTH-00021': P(400, 'The RedirectUri was not found or not valid.'),
  'AUTH-00022': P(400, 'The operation to revoke rights failed.'),
  'AUTH-00023': P(401, "Can't resolve the Organisation Number for the Vendor from the Token."),
  'AUTH-00024': P(403, "you don't have rights to delete this systemuser"),
  'AUTH-00025': P(400, 'The request id is valid but its not a valid request for creating an agent system user'),
  'AUTH-00026': P(400, 'No redirect uris are set for the system'),
  'AUTH-00027': P(400, "The accesspackage provided in the request can't be mapped to a valid role."),
  'AUTH-00028': P(400, 'The customer id was not provided or did not validate.'),
  'AUTH-00030': P(404, 'The Id does not refer to an AgentRequest in our system.'),
  'AUTH-00031': P(400, 'Party does not match delegation facilitator.'),
  'AUTH-00032': P(400, 'Assignment not found.'),
  'AUTH-00033': P(400, 'Failed to delete the agent system user'),
  'AUTH-00034': P(400, 'The system user type of the provided system user GUID is not an agent.'),
  'AUTH-00035': P(400, 'The system user has delegations from customer. Remove the delegations before deleting the system user'),
  'AUTH-00036': P(400, 'The system user type of the provided system user GUID is not standard.'),
  'AUTH-00037': P(400, 'To many assignment found'),
  'AUTH-00038': P(400, 'Delegation not found'),
  'AUTH-00039': P(400, 'Party does not match delegation facilitator'),
  'AUTH-00040': P(400, 'Party does not match delegation assignments'),
  'AUTH-00041': P(403, "Party does not match request's orgno"),
  'AUTH-00042': P(403, "Party does not match agent request's orgno"),
  'AUTH-00043': P(401, 'Unauthorized'),
  'AUTH-00044': P(403, 'Forbidden'),
  'AUTH-00045': P(400, 'Failed to get clients'),
  'AUTH-00046': P(400, 'Failed to get list of accesspackages delegated'),
  'AUTH-00047': P(400, 'Unable to add system user as right holder to the organisation'),
  'AUTH-00048': P(400, 'Unable to push system user information to access management'),
  'AUTH-00049': P(400, 'The party is missing its uuid.'),
  'AUTH-00050': P(400, 'The delegation check failed for access packages'),
  'AUTH-00051': P(400, 'The delegation of access package to the system user failed'),
  'AUTH-00052': P(400, 'One or more access packages are invalid'),
  'AUTH-00053': P(400, 'The user does not have enough access to delegate the requested access packages'),
  'AUTH-00054': P(400, 'Unable to remove system user as right holder from the organisation'),
  'AUTH-00055': P(500, 'Failed to get delegated access packages'),
  'AUTH-00056': P(400, 'Failed to delete system user'),
  'AUTH-00057': P(400, 'Failed to delete access package delegation for system user'),
  'AUTH-00058': P(400, 'No AccessPackages found, an Agent SystemUser must have at least one'),
  'AUTH-00059': P(400, 'No AccessPackages or Single Rights found, a SystemUser must have at least one'),
  'AUTH-00060': P(404, 'An error occured when Updating the Request.'),
  'AUTH-00061': P(409, 'The Status of the Request is not New. Please generate a new CorrellationId for a new Change Request'),
  'AUTH-00062': P(500, 'Failed to get delegated rights'),
  'AUTH-00063': P(400, 'One or more accesspackage is not found in the referenced system in the System Register.'),
  'AUTH-00064': P(
    400,
    'One or more access packages cannot be delegated. Either they are intended for clients or they cannot be delegated further.',
  ),
  'AUTH-00065': P(400, 'One or more access packages cannot be delegated because they are not intended for client relationships'),
  'AUTH-00066': P(403, 'The request requires logged in user to have accessmanager write.'),
  'AUTH-00067': P(400, 'Unable to add system user as agent for the organisation'),
  'AUTH-00068': P(403, 'DelegationCheck failed with error: Has not access by a delegation of package in Altinn.'),
  'AUTH-00069': P(403, 'DelegationCheck failed with error: The receiver does not have the right based on Access List delegation.'),
  'AUTH-00070': P(403, 'DelegationCheck failed with error: The resource cannot be delegated to another user or entity.'),
  'AUTH-00071': P(403, 'DelegationCheck failed with error: The resource is not delegable because it is a Maskinporten schema resource.'),
  'AUTH-00079': P(400, 'Client not found.'),
  'AUTH-00080': P(400, 'Client does not have the accesspackages the agent system user requires'),
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** The system register's validation errors (AUTH.VLD-000NN), reported together under STD-00000. */
export const VALIDATION_ERRORS = {
  'AUTH.VLD-00000': 'The vendor id is not a valid ISO6523 organisation identifier (0192:orgnumber).',
  'AUTH.VLD-00001': 'The system id does not match the format orgnumber_xxxx.',
  'AUTH.VLD-00002': 'The system id already exists.',
  'AUTH.VLD-00003': 'One or more resources were not found in the resource registry.',
  'AUTH.VLD-00004': 'The client id is already tagged to another system.',
  'AUTH.VLD-00005': 'One or more redirect URLs are not absolute https URLs.',
  'AUTH.VLD-00006': 'One or more rights are duplicated.',
  'AUTH.VLD-00007': 'One or more access packages are duplicated.',
  'AUTH.VLD-00008': 'One or more access packages were not found or are not delegable.',
  'AUTH.VLD-00009': 'The resource id must be urn:altinn:resource.',
  'AUTH.VLD-00011': 'The client ids contain duplicates.',
  'AUTH.VLD-00012': 'The system id in the body does not match the system id in the URL.',
  'AUTH.VLD-00013': 'The system id must not contain spaces.',
  'AUTH.VLD-00014': 'The agent parameter is missing, or the system user was not found.',
  'AUTH.VLD-00015': 'The system user is not an agent system user.',
  'AUTH.VLD-00016': 'The client parameter is missing.',
  'AUTH.VLD-00017': 'One or more resources are of a type that cannot be delegated.',
  'AUTH.VLD-00018': 'A visible system cannot have access packages that are only for client relationships.',
} as const;

export type ValidationCode = keyof typeof VALIDATION_ERRORS;

export interface ValidationErrorItem {
  code: ValidationCode;
  paths: string[];
  detail?: string;
  extensions?: Record<string, string>;
}

/** A domain failure with one of Altinn's AUTH codes. */
export class AltinnProblem extends Error {
  override name = 'AltinnProblem';
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly extensions: Record<string, string> = {},
  ) {
    super(PROBLEMS[code].title);
    this.status = PROBLEMS[code].status;
  }
}

/** Several AUTH.VLD problems at once, as the system register reports them. */
export class ValidationProblem extends Error {
  override name = 'ValidationProblem';
  constructor(readonly errors: ValidationErrorItem[]) {
    super('One or more validation errors occurred.');
  }
}

/**
 * What ASP.NET answers by itself: model-binding failures (400 with `errors`), 401, 403 and 404 without a
 * domain code, and plain-string bodies some Altinn routes return.
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly errors?: Record<string, string[]>,
    readonly plainBody?: string,
    /** Set by the bearer-token check: the answer has an empty body and this `WWW-Authenticate` header. */
    readonly wwwAuthenticate?: string,
  ) {
    super(`HTTP ${status}`);
  }
}

/**
 * The domain's failures that carry no AUTH code: a small closed set. What each looks like on the wire (status,
 * problem+json or the plain sentence some Altinn routes answer with) is decided only by toProblemResponse.
 */
export type Failure = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly failure: Failure,
    readonly detail: {
      /** Altinn answers this failure with this sentence as the whole body. */
      sentence?: string;
      /** Which input fields were wrong, and why. */
      fields?: Record<string, string[]>;
    } = {},
  ) {
    super(detail.sentence ?? failure);
  }
}

export const invalid = (detail?: DomainError['detail']) => new DomainError('invalid', detail);
export const unauthenticated = () => new DomainError('unauthenticated');
export const forbidden = () => new DomainError('forbidden');
export const notFound = (detail?: DomainError['detail']) => new DomainError('not-found', detail);
export const conflict = (detail?: DomainError['detail']) => new DomainError('conflict', detail);

/** True for a refusal of who is asking (no identity, or no right): the pages and actions say "no access". */
export function isRefusal(error: unknown): error is DomainError {
  return error instanceof DomainError && (error.failure === 'unauthenticated' || error.failure === 'forbidden');
}

/** The AUTH codes that say "there is no such thing" (for the pages, which show a not-found panel for them). */
const MISSING_CODES: ReadonlySet<ProblemCode> = new Set(['AUTH-00010', 'AUTH-00011', 'AUTH-00015', 'AUTH-00030']);

/** True when the domain said the thing asked for is not there. */
export function isMissing(error: unknown): boolean {
  return (
    (error instanceof DomainError && error.failure === 'not-found') || (error instanceof AltinnProblem && MISSING_CODES.has(error.code))
  );
}

/**
 * For pages: the value, or undefined when it is not there. Any other failure (a database outage) is thrown on
 * to the error page, so it is never shown as "not found".
 */
export async function unlessMissing<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

const FAILURE_STATUS: Record<Failure, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
};

const quoted = (value: string) => `"${value.replace(/[\\"]/g, '\\$&').replace(/[^\x20-\x7e]/g, '?')}"`;

/** What ASP.NET's JWT handler answers: 401 (bad token) or 403 (missing scope), empty, with an RFC 6750 challenge. */
export function bearerChallenge(status: 401 | 403, description: string, scope?: string): HttpProblem {
  const error = status === 401 ? 'invalid_token' : 'insufficient_scope';
  const parts = [`error=${quoted(error)}`, `error_description=${quoted(description)}`];
  if (scope) parts.push(`scope=${quoted(scope)}`);
  return new HttpProblem(status, undefined, undefined, `Bearer ${parts.join(', ')}`);
}

export const problem = (code: ProblemCode, extensions?: Record<string, string>) => new AltinnProblem(code, extensions);

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'An error occurred while processing your request.',
};

const RFC9110: Record<number, string> = {
  400: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  401: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
  403: 'https://tools.ietf.org/html/rfc9110#section-15.5.4',
  404: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
  405: 'https://tools.ietf.org/html/rfc9110#section-15.5.6',
  409: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
  413: 'https://tools.ietf.org/html/rfc9110#section-15.5.14',
  415: 'https://tools.ietf.org/html/rfc9110#section-15.5.16',
  500: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
};

/** A W3C traceparent-style id, as ASP.NET puts in `traceId`. */
export function newTraceId(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

function problemJson(body: Record<string, unknown>, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

/** Turns a zod failure into ASP.NET's model-binding errors: field path → messages. */
export function bindingErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '$';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export interface MappedError {
  response: Response;
  /** Set when the error was not one of ours: the caller logs it. */
  unexpected?: unknown;
}

/** The one mapper: anything thrown by a route becomes Altinn's problem+json (or a logged 500). */
export function toProblemResponse(error: unknown, traceId = newTraceId()): MappedError {
  if (error instanceof AltinnProblem) {
    return {
      response: problemJson(
        {
          type: `urn:altinn:error:${error.code}`,
          title: error.message,
          status: error.status,
          code: error.code,
          traceId,
          statusDescription: REASONS[error.status] ?? '',
          ...error.extensions,
        },
        error.status,
      ),
    };
  }
  if (error instanceof ValidationProblem) {
    return {
      response: problemJson(
        {
          type: 'urn:altinn:error:STD-00000',
          title: error.message,
          status: 400,
          code: 'STD-00000',
          traceId,
          statusDescription: REASONS[400],
          validationErrors: error.errors.map((e) => ({
            code: e.code,
            title: VALIDATION_ERRORS[e.code],
            paths: e.paths,
            ...(e.detail ? { detail: e.detail } : {}),
            ...e.extensions,
          })),
        },
        400,
      ),
    };
  }
  if (error instanceof MaskinportenError) {
    // Maskinporten answers a refused grant with OAuth's error document, not problem+json.
    return {
      response: new Response(JSON.stringify({ error: error.error, error_description: error.description }), {
        status: 400,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      }),
    };
  }
  if (error instanceof DomainError) {
    const { sentence, fields } = error.detail;
    return toProblemResponse(new HttpProblem(FAILURE_STATUS[error.failure], fields, sentence), traceId);
  }
  if (error instanceof z.ZodError) {
    return toProblemResponse(new HttpProblem(400, bindingErrors(error)), traceId);
  }
  if (error instanceof HttpProblem) {
    if (error.wwwAuthenticate !== undefined) {
      return { response: new Response(null, { status: error.status, headers: { 'www-authenticate': error.wwwAuthenticate } }) };
    }
    if (error.plainBody !== undefined) {
      return {
        response: new Response(error.plainBody, {
          status: error.status,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        }),
      };
    }
    return {
      response: problemJson(
        {
          type: RFC9110[error.status] ?? 'about:blank',
          title: error.errors ? 'One or more validation errors occurred.' : (REASONS[error.status] ?? 'Error'),
          status: error.status,
          ...(error.errors ? { errors: error.errors } : {}),
          traceId,
        },
        error.status,
      ),
    };
  }
  if (isNulRefusal(error)) return toProblemResponse(new HttpProblem(400, { '': [NUL_MESSAGE] }), traceId);
  return {
    unexpected: error,
    response: problemJson(
      {
        type: RFC9110[500],
        title: 'An error occurred while processing your request.',
        status: 500,
        traceId,
      },
      500,
    ),
  };
}
