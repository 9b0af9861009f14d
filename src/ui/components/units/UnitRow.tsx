import type { UnitSummary } from '../../../domain/queries/units';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { SyncMarker } from '../sync-markers/SyncMarker';

/** One unit in the list: name, kind and group, and how much work is open there. */
export function UnitRow({ summary }: { summary: UnitSummary }) {
  const t = useT();
  const { unit, innovationCount, openFollowUps, overdueFollowUps } = summary;
  const meta = [t(`kind.${unit.kind}`), t(`group.${unit.group}`), unit.parentAgency].filter(Boolean);
  return (
    <li class="list__item units-row" data-testid="unit-row">
      <div class="list__main">
        <Link href={paths.unit(unit.id)} class="list__title units-row__name">
          {unit.name}
        </Link>
        <div class="muted">{meta.join(' · ')}</div>
      </div>
      <div class="units-row__counts">
        <SyncMarker id={unit.id} version={unit.version} />
        <span class="badge badge--muted">{t('units.list.innovations', { n: innovationCount })}</span>
        <span class={`badge${openFollowUps ? ' badge--warn' : ' badge--muted'}`}>
          {t('units.list.openFollowUps', { n: openFollowUps })}
        </span>
        {overdueFollowUps > 0 && (
          <span class="badge badge--danger">{t('units.list.overdue', { n: overdueFollowUps })}</span>
        )}
      </div>
    </li>
  );
}
