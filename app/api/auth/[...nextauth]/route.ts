import NextAuth from 'next-auth';
import { authOptions } from '@/lib/session/auth-options';

// next-auth's routes (sign-in callback, session, csrf, sign-out); its options need the database for the secret.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return NextAuth(request as never, context as never, await authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
