import { ErrorMessage, pageMetadata } from '@/components/portal/message-page';
import { currentPerson } from '@/lib/session/current-person';

export const dynamic = 'force-dynamic';

export const generateMetadata = () => pageMetadata('reportee');

/** Altinn's "could not switch actor" page: the request's organisation is not one the person may act for. */
export default async function ReporteeErrorPage() {
  return (
    <ErrorMessage
      person={await currentPerson()}
      namespace="reportee"
      links={[
        ['/', 'start'],
        ['/accessmanagement/ui/systemuser/overview', 'overview'],
        ['/accessmanagement/ui/login', 'login'],
      ]}
    />
  );
}
