import { requestPage } from '../_request/request-page';

export const dynamic = 'force-dynamic';

const page = requestPage('standard');
export const generateMetadata = page.generateMetadata;
export default page.Page;
