import { errorPage } from '@/components/portal/message-page';

// Altinn's page for an address it does not know: the header and language menu, and links onward.
const page = errorPage({
  namespace: 'notFound',
  heading: 'heading',
  anonymous: true,
  links: [
    ['/', 'start'],
    ['/accessmanagement/ui/systemuser/overview', 'overview'],
    ['/accessmanagement/ui/requests', 'requests'],
    ['/docs/api', 'docs', 'plain'],
  ],
});
export const generateMetadata = page.generateMetadata;
export default page.Page;
