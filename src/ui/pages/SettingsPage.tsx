import { getDeviceDataStats } from '../../db/queries/device-stats';
import { PageHeader } from '../components/PageHeader';
import { BackupSection } from '../components/settings/BackupSection';
import { ClinicIdentitySection } from '../components/settings/ClinicIdentitySection';
import { DemoSection } from '../components/settings/DemoSection';
import { LanguageSection } from '../components/settings/LanguageSection';
import { NameSection } from '../components/settings/NameSection';
import { StorageSection } from '../components/settings/StorageSection';
import { useLiveQuery } from '../hooks/use-live-query';
import { usePermissions } from '../hooks/use-permissions';
import { useT } from '../hooks/use-t';
import './settings.css';

/** Route /settings: language, the user's name, the clinic's identity, demo data and what is stored on this device. */
export function SettingsPage() {
  const t = useT();
  const stats = useLiveQuery(() => getDeviceDataStats(), []);
  const perms = usePermissions();
  // Demo data holds units and a year's target; a role that may not create both would only see it refused.
  const mayDemo = perms.can('units', 'create') && perms.can('targets', 'create');
  return (
    <div class="settings-page">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <LanguageSection />
      <NameSection />
      <ClinicIdentitySection />
      {mayDemo && <DemoSection stats={stats} />}
      <StorageSection stats={stats} />
      <BackupSection stats={stats} />
    </div>
  );
}
