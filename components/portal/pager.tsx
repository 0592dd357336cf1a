import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The 1-based page number in `value`, or 1; at most 1 000 (a list on a portal page is never read unbounded). */
export function pageNumber(value: string | undefined): number {
  const n = /^\d{1,4}$/.test(value ?? '') ? Number(value) : 1;
  return Math.min(Math.max(n, 1), 1000);
}

/** Previous/next links for one list of a page; `param` names its page number in the query. */
export async function Pager({
  params,
  param,
  page,
  hasNext,
  path,
}: {
  params: Record<string, string | undefined>;
  param: string;
  page: number;
  hasNext: boolean;
  path: string;
}) {
  if (page === 1 && !hasNext) return null;
  const t = await getTranslations('paging');
  const href = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined && key !== param) query.set(key, value);
    if (n > 1) query.set(param, String(n));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <nav aria-label={t('page', { page })} className="flex items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className="ds-button" data-variant="tertiary" data-size="sm" rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <span>{t('page', { page })}</span>
      {hasNext ? (
        <Link href={href(page + 1)} className="ds-button" data-variant="tertiary" data-size="sm" rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
