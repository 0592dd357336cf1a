import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { RequestView } from '../_request/request-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [t, common] = await Promise.all([getTranslations('changeRequest'), getTranslations('common')]);
  return { title: common('titleSuffix', { title: t('title') }) };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const one = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return <RequestView id={one(params.id)} skiplogout={one(params.skiplogout)} backtopage={one(params.backtopage)} kind="change" />;
}
