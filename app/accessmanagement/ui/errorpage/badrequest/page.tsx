import { errorPage } from '@/components/portal/message-page';

export const dynamic = 'force-dynamic';

// Where the proxy sends a portal address whose percent escapes do not decode (answered with status 400).
const page = errorPage({
  namespace: 'badRequest',
  where: 'reportee',
  links: [
    ['/', 'start'],
    ['/accessmanagement/ui/systemuser/overview', 'overview'],
  ],
});
export const generateMetadata = page.generateMetadata;
export default page.Page;
