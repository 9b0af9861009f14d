import { type DashboardFilter, type DashboardSummary, PROFILE_FIELDS } from '../../../domain/dashboard';
import { useT } from '../../hooks/use-t';
import { BarList } from './BarList';
import { dashHref, profileKey } from './links';

/** Innovation profile: how the year's innovations split by IID tahapan, bentuk and jenis. */
export function ProfileCard({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  return (
    <section class="card dash-card dash-card--profile" aria-labelledby="dash-profile-title">
      <h2 id="dash-profile-title">{t('dashboard.profile.title')}</h2>
      <div class="dash-profile">
        {PROFILE_FIELDS.map((field) => (
          <BarList
            key={field}
            caption={t(`dashboard.profile.${field}`)}
            testid={`profile-${field}`}
            bars={summary.profile[field].map((slice) => ({
              key: slice.value || 'none',
              label: t(profileKey(field, slice.value)),
              value: slice.count,
              href: dashHref(filter, { view: 'profile', field, value: slice.value }),
            }))}
          />
        ))}
      </div>
    </section>
  );
}
