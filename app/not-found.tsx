import { ErrorMessage, pageMetadata } from '@/components/portal/message-page';
import { currentPerson } from '@/lib/session/current-person';

export const generateMetadata = () => pageMetadata('notFound');

/** Altinn's page for an address it does not know: the header and language menu, and links onward. */
export default async function NotFound() {
  return (
    <ErrorMessage
      person={await currentPerson().catch(() => undefined)}
      namespace="notFound"
      heading="heading"
      links={[
        ['/', 'start'],
        ['/accessmanagement/ui/systemuser/overview', 'overview'],
        ['/accessmanagement/ui/requests', 'requests'],
        ['/docs/api', 'docs', 'plain'],
      ]}
    />
  );
}
