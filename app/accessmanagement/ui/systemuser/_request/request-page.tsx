import { pageMetadata } from '@/components/portal/message-page';
import type { RequestType } from '@/lib/generated/prisma/enums';

import { RequestView } from './request-view';

const NAMESPACE: Record<RequestType, string> = { standard: 'request', agent: 'agentRequest', change: 'changeRequest' };

/** The approval page of one kind of request (request, agentrequest, changerequest): its title and its view. */
export function requestPage(kind: RequestType) {
  const one = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    generateMetadata: () => pageMetadata(NAMESPACE[kind]),
    Page: async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
      const params = await searchParams;
      return <RequestView id={one(params.id)} skiplogout={one(params.skiplogout)} backtopage={one(params.backtopage)} kind={kind} />;
    },
  };
}
