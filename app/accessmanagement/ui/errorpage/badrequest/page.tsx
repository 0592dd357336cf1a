import { ErrorMessage, pageMetadata } from '@/components/portal/message-page';
import { currentPerson } from '@/lib/session/current-person';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('badRequest');

/** Where the proxy sends a portal address whose percent escapes do not decode (answered with status 400). */
export default async function BadRequestPage() {
  return (
    <ErrorMessage
      person={await currentPerson()}
      namespace="badRequest"
      where="reportee"
      links={[
        ['/', 'start'],
        ['/accessmanagement/ui/systemuser/overview', 'overview'],
      ]}
    />
  );
}
