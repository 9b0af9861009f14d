import {
  BENTUK,
  INISIATOR,
  type InnovationFields,
  innovationDateProblems,
  JENIS,
  TAHAPAN,
} from '../../../domain/innovation';
import { URUSAN } from '../../../domain/urusan';
import { MAX_SHORT_TEXT } from '../../../domain/validation';
import { formatDate } from '../../../i18n';
import { urusanLabel } from '../../../i18n/data-labels';
import type { Autosave } from '../../hooks/use-autosave';
import { useLang, useT } from '../../hooks/use-t';
import { DateField } from '../date-field';
import { SelectField, TextField } from '../fields';
import { UrusanLainField } from './UrusanLainField';

type Form = Autosave<'innovations'>;

/** "Profil IID": name, the IID choice fields, government affairs and the two start dates. */
export function ProfileSection({ form, values }: { form: Form; values: InnovationFields }) {
  const t = useT();
  const lang = useLang();
  const none = t('choice.none');
  // A stored pair that cannot both be right: flagged on the implementation date, never dropped.
  const pairProblem = form.errors.implementationDate ? undefined : innovationDateProblems(values)[0];
  const pairText = pairProblem
    ? t('innovations.error.implementationBeforeTrial', {
        implementation: formatDate(lang, values.implementationDate),
        trial: formatDate(lang, values.trialDate),
      })
    : undefined;
  return (
    <section class="card" aria-labelledby="innovation-profile">
      <h2 id="innovation-profile">{t('innovations.section.profile')}</h2>
      <TextField
        label={t('innovations.field.name')}
        value={values.name}
        maxLength={MAX_SHORT_TEXT}
        error={form.errors.name}
        onInput={(v) => form.set('name', v)}
        onBlur={() => void form.flush()}
      />
      <div class="grid-2">
        <SelectField
          label={t('innovations.field.tahapan')}
          hint={t('innovations.hint.tahapan')}
          value={values.tahapan}
          error={form.errors.tahapan}
          emptyLabel={none}
          options={TAHAPAN.map((v) => ({ value: v, label: t(`tahapan.${v}`) }))}
          onChange={(v) => form.set('tahapan', v as InnovationFields['tahapan'])}
        />
        <SelectField
          label={t('innovations.field.inisiator')}
          value={values.inisiator}
          error={form.errors.inisiator}
          emptyLabel={none}
          options={INISIATOR.map((v) => ({ value: v, label: t(`inisiator.${v}`) }))}
          onChange={(v) => form.set('inisiator', v as InnovationFields['inisiator'])}
        />
        <SelectField
          label={t('innovations.field.jenis')}
          value={values.jenis}
          error={form.errors.jenis}
          emptyLabel={none}
          options={JENIS.map((v) => ({ value: v, label: t(`jenis.${v}`) }))}
          onChange={(v) => form.set('jenis', v as InnovationFields['jenis'])}
        />
        <SelectField
          label={t('innovations.field.bentuk')}
          value={values.bentuk}
          error={form.errors.bentuk}
          emptyLabel={none}
          options={BENTUK.map((v) => ({ value: v, label: t(`bentuk.${v}`) }))}
          onChange={(v) => form.set('bentuk', v as InnovationFields['bentuk'])}
        />
      </div>
      <SelectField
        label={t('innovations.field.urusan')}
        value={values.urusan}
        error={form.errors.urusan}
        emptyLabel={none}
        options={URUSAN.map((u) => ({ value: u, label: urusanLabel(t, u) }))}
        onChange={(v) => {
          form.set('urusan', v);
          // The primary affair is not also an "other" affair.
          if (values.urusanLain.includes(v)) {
            form.set(
              'urusanLain',
              values.urusanLain.filter((u) => u !== v),
            );
          }
        }}
      />
      <UrusanLainField
        primary={values.urusan}
        value={values.urusanLain}
        error={form.errors.urusanLain}
        onChange={(list) => form.set('urusanLain', list)}
      />
      <div class="grid-2">
        <DateField
          label={t('innovations.field.trialDate')}
          value={values.trialDate}
          error={form.errors.trialDate}
          onInput={(v) => form.set('trialDate', v)}
        />
        <DateField
          label={t('innovations.field.implementationDate')}
          hint={t('innovations.hint.implementationDate')}
          value={values.implementationDate}
          error={form.errors.implementationDate ?? pairProblem?.code}
          errorText={pairText}
          onInput={(v) => form.set('implementationDate', v)}
        />
      </div>
    </section>
  );
}
