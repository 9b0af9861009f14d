import { memo } from 'preact/compat';
import { isProfileComplete, type InnovationListRow as Row } from '../../../domain/queries/innovation-list';
import type { Lang } from '../../../i18n';
import { paths } from '../../router';
import { Link } from '../Link';
import { type MarkerState, SyncMarker } from '../sync-markers/SyncMarker';
import type { Translate } from '../units/options';
import { dayLabel } from './format';

/**
 * One innovation: name (to the editor), its unit, 5D stage, IID profile completeness, last change.
 * Built for a long list: no hooks of its own (`t`, `lang` and the sync state come from the list)
 * and memoised, so a keystroke re-renders only rows that newly match. The sync marker shows only
 * when the row needs attention (waiting, refused, in conflict): "synced" on 2,000 rows is noise.
 */
export const InnovationListRow = memo(function InnovationListRow({
  row,
  t,
  lang,
  marker,
}: {
  row: Row;
  t: Translate;
  lang: Lang;
  marker: MarkerState;
}) {
  const complete = isProfileComplete(row);
  const percent = row.profileTotal ? Math.round((row.profileDone / row.profileTotal) * 100) : 0;
  const day = dayLabel(lang, row.updatedAt);
  return (
    <li class="list__item innovation-row" data-testid="innovation-row">
      <div class="list__main">
        <Link href={paths.innovation(row.id)} class="list__title innovation-row__name">
          {row.name.trim() || t('innovations.untitled')}
        </Link>
        <div class="muted innovation-row__unit">
          <Link href={paths.unit(row.unitId)} class="innovation-row__unit-link">
            {row.unitName}
          </Link>
          {' · '}
          {t(`kind.${row.unitKind}`)}
          {marker && marker !== 'synced' && <SyncMarker id={row.id} version={row.version} />}
        </div>
      </div>
      <div class="innovation-row__facts">
        <span class="badge innovation-row__stage">
          {t('innovationList.row.stage', { stage: t(`stage.${row.stage}`) })}
        </span>
        <span
          class={`badge innovation-row__profile${complete ? '' : ' badge--warn'}`}
          title={t('innovationList.row.profileLabel', {
            done: String(row.profileDone),
            total: String(row.profileTotal),
          })}
        >
          {complete
            ? t('innovationList.row.profileComplete')
            : t('innovationList.row.profilePercent', { percent: String(percent) })}
        </span>
        <span class="muted innovation-row__updated">
          {day && t('innovationList.row.updated', { date: day })}
        </span>
      </div>
    </li>
  );
});
