import 'server-only';
import { HttpProblem } from '../errors';

/** A JSON body as ASP.NET binds it: another content type → 415, unreadable JSON → 400 with the binding error. */
export async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) throw new HttpProblem(415);
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, { $: ['The JSON value could not be converted.'] });
  }
}
