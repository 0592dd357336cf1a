import 'next-auth';
import 'next-auth/jwt';

// The session of the test-ID login: who the person is in Altinn's terms.
declare module 'next-auth' {
  interface User {
    pid: string;
    userId: number;
    partyId: number;
  }
  interface Session {
    user: { name: string; pid: string; userId: number; partyId: number };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    pid: string;
    userId: number;
    partyId: number;
  }
}
