import { editClinicIdentity } from '../../../db/commands/clinic-identity';
import { getClinicIdentityRecord } from '../../../db/queries/clinic-identity';
import { EMPTY_CLINIC_IDENTITY, signingPlace } from '../../../domain/clinic-identity';
import { CLINIC_IDENTITY_ID, type ClinicIdentityRecord } from '../../../domain/clinic-identity-record';
import { localToday } from '../../../domain/dates';
import { MAX_SHORT_TEXT } from '../../../domain/validation';
import { useAutosave } from '../../hooks/use-autosave';
import { useLiveResult } from '../../hooks/use-live-query';
import { usePermissions } from '../../hooks/use-permissions';
import { useLang, useT } from '../../hooks/use-t';
import { formatLongDate } from '../export/print-parts';
import { TextField } from '../fields';
import { ReadOnly } from '../read-only';
import { ReadOnlyNotice } from '../read-only-notice';
import { SaveStatus } from '../SaveStatus';
import { LogoPicker } from './LogoPicker';

/** What the form edits before anyone has set the identity: the one row, not stored yet. */
const UNSTORED: ClinicIdentityRecord = {
  ...EMPTY_CLINIC_IDENTITY,
  id: CLINIC_IDENTITY_ID,
  createdAt: '',
  updatedAt: '',
  deleted: false,
  version: 0,
};

type TextKey = 'regionName' | 'place' | 'clinicName' | 'agencyName';

/**
 * The clinic's identity: region, place of signing, clinic and agency names, logo. Autosaved like
 * every form; the first edit creates the one city-wide row. Coordinators edit; everyone else
 * sees it read-only (domain/permissions.ts), as the documents will show it.
 */
export function ClinicIdentitySection() {
  const t = useT();
  const lang = useLang();
  const perms = usePermissions();
  const mayEdit = perms.can('clinicIdentities', 'edit');
  const result = useLiveResult(() => getClinicIdentityRecord(), []);
  const stored = result.status === 'ready' ? result.data : undefined;
  const form = useAutosave('clinicIdentities', result.status === 'ready' ? (stored ?? UNSTORED) : undefined, {
    start: stored ? undefined : (fields) => editClinicIdentity(fields),
  });
  const values = form.values;
  if (!values) return null;

  const text = (key: TextKey, placeholder: Parameters<typeof t>[0], hint?: string) => (
    <TextField
      label={t(`clinic.field.${key}`)}
      name={key}
      value={values[key]}
      placeholder={mayEdit ? t(placeholder) : undefined}
      hint={hint}
      maxLength={MAX_SHORT_TEXT}
      error={form.errors[key]}
      onInput={(v) => form.set(key, v)}
      onBlur={() => void form.flush()}
    />
  );
  const place = signingPlace(values);
  const nothingSet = (Object.keys(EMPTY_CLINIC_IDENTITY) as (keyof typeof EMPTY_CLINIC_IDENTITY)[]).every(
    (k) => values[k] === '',
  );

  return (
    <section class="card clinic-identity" data-testid="clinic-identity">
      <h2>{t('clinic.title')}</h2>
      <p class="muted">{t('clinic.hint')}</p>
      {!mayEdit && <ReadOnlyNotice reason={perms.reason('clinicIdentities', 'edit')} />}
      {!mayEdit && nothingSet ? (
        <p>{t('clinic.empty')}</p>
      ) : (
        <ReadOnly when={!mayEdit}>
          <div class="clinic-identity__grid">
            {text('regionName', 'clinic.field.regionName.placeholder')}
            {text(
              'place',
              'clinic.field.place.placeholder',
              mayEdit ? t('clinic.field.place.hint') : undefined,
            )}
            {text('clinicName', 'clinic.field.clinicName.placeholder')}
            {text('agencyName', 'clinic.field.agencyName.placeholder')}
          </div>
          {place && (
            <p class="muted" data-testid="signing-line">
              {t('clinic.signingLine', { line: `${place}, ${formatLongDate(lang, localToday(), false)}` })}
            </p>
          )}
          <LogoPicker
            logo={values.logo}
            editable={mayEdit}
            error={form.errors.logo}
            onChange={(logo) => {
              form.set('logo', logo);
              void form.flush();
            }}
          />
          {mayEdit && (
            <SaveStatus state={form.state} savedAt={form.savedAt} onRetry={() => void form.flush()} />
          )}
        </ReadOnly>
      )}
    </section>
  );
}
