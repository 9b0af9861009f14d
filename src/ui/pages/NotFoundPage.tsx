import { EmptyState } from '../components/EmptyState';
import { Link } from '../components/Link';
import { useT } from '../hooks/use-t';
import { paths } from '../router';

export function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Link href={paths.units()} class="btn">
        {t('notFound.home')}
      </Link>
    </EmptyState>
  );
}
