import type { ComponentChildren } from 'preact';
import { useT } from '../hooks/use-t';
import { BackLink } from './BackLink';

/** Title row of a page: optional back link (`back`: the page's parent), the title, and actions on the right. */
export function PageHeader({
  title,
  back,
  children,
  subtitle,
}: {
  title: string;
  back?: string;
  subtitle?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const t = useT();
  return (
    <header class="page-header">
      <div class="page-header__main">
        {back && (
          <BackLink parent={back} class="page-header__back">
            ← {t('nav.back')}
          </BackLink>
        )}
        <h1>{title}</h1>
        {subtitle && <div class="page-header__subtitle">{subtitle}</div>}
      </div>
      {children && <div class="page-header__actions">{children}</div>}
    </header>
  );
}
