import { errorPage } from '@/components/portal/message-page';

export const dynamic = 'force-dynamic';

// Altinn's "could not switch actor" page: the request's organisation is not one the person may act for.
const page = errorPage({
  namespace: 'reportee',
  links: [
    ['/', 'start'],
    ['/accessmanagement/ui/systemuser/overview', 'overview'],
    ['/accessmanagement/ui/login', 'login'],
  ],
});
export const generateMetadata = page.generateMetadata;
export default page.Page;
