import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { EmptyState } from '../EmptyState';
import { Link } from '../Link';

/** The innovation (or its unit) is missing or deleted: say so and lead back to the units. */
export function InnovationNotFound() {
  const t = useT();
  return (
    <EmptyState title={t('innovations.notFound.title')}>
      <p>{t('innovations.notFound.body')}</p>
      <Link href={paths.units()} class="btn">
        {t('innovations.notFound.link')}
      </Link>
    </EmptyState>
  );
}
