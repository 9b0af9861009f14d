import type { ComponentChildren, VNode } from 'preact';
import type { LiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { EmptyState } from './EmptyState';
import { Link } from './Link';

export interface NotFoundText {
  title: string;
  body: string;
  href: string;
  link: string;
}

/** "This record is gone": what happened and the way back. */
export function NotFound({ title, body, href, link }: NotFoundText) {
  return (
    <EmptyState title={title}>
      <p>{body}</p>
      <Link href={href} class="btn btn--secondary">
        {link}
      </Link>
    </EmptyState>
  );
}

export function LoadError() {
  const t = useT();
  return (
    <p class="field__error" role="alert">
      {t('error.unexpected')}
    </p>
  );
}

/**
 * The three states every record page has before its content: loading, a read error, and a
 * record that is missing or deleted. Renders `children(data)` once the record is there.
 */
export function LoadGate<T>({
  result,
  notFound,
  children,
}: {
  result: LiveResult<T | null | undefined>;
  notFound: NotFoundText;
  children: (data: T) => VNode | ComponentChildren;
}) {
  const t = useT();
  if (result.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (result.status === 'error') return <LoadError />;
  if (result.data === null || result.data === undefined) return <NotFound {...notFound} />;
  return <>{children(result.data)}</>;
}
