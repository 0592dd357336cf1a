import { AltinnProblem } from '@/lib/errors';

/** The AUTH code a domain call refuses with, or undefined when it succeeds; any other error is rethrown. */
export async function codeOf(action: Promise<unknown>): Promise<string | undefined> {
  try {
    await action;
    return undefined;
  } catch (error) {
    if (error instanceof AltinnProblem) return error.code;
    throw error;
  }
}
