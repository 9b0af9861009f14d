import type { InnovationFields } from '../../../domain/innovation';
import { MAX_LONG_TEXT } from '../../../domain/validation';
import { countWords, RANCANG_BANGUN_MIN_WORDS } from '../../../domain/words';
import type { Autosave } from '../../hooks/use-autosave';
import { useT } from '../../hooks/use-t';
import { TextArea } from '../fields';

type Form = Autosave<'innovations'>;

/** "Rancang bangun dan pokok perubahan" with a live word count against the IID's 300 words. */
export function DesignSection({ form, values }: { form: Form; values: InnovationFields }) {
  const t = useT();
  const words = countWords(values.rancangBangun);
  const enough = words >= RANCANG_BANGUN_MIN_WORDS;
  return (
    <section class="card" aria-labelledby="innovation-design">
      <h2 id="innovation-design">{t('innovations.section.design')}</h2>
      <TextArea
        label={t('innovations.field.rancangBangun')}
        rows={14}
        maxLength={MAX_LONG_TEXT}
        value={values.rancangBangun}
        error={form.errors.rancangBangun}
        onInput={(v) => form.set('rancangBangun', v)}
        onBlur={() => void form.flush()}
        hint={
          <>
            <span
              class={`word-count word-count--${enough ? 'ok' : 'warn'}`}
              data-testid="word-count"
              data-state={enough ? 'ok' : 'warn'}
            >
              {t('innovations.words', { n: words, min: RANCANG_BANGUN_MIN_WORDS })}
              {' · '}
              {enough
                ? t('innovations.words.ok')
                : t('innovations.words.short', { n: RANCANG_BANGUN_MIN_WORDS - words })}
            </span>
            <span class="word-hint">
              {t('innovations.hint.rancangBangun', { min: RANCANG_BANGUN_MIN_WORDS })}
            </span>
          </>
        }
      />
    </section>
  );
}

type LongField = 'tujuan' | 'manfaat' | 'hasil' | 'anggaran' | 'haki' | 'penghargaan';

function LongText({
  form,
  values,
  field,
  rows,
  hint,
}: {
  form: Form;
  values: InnovationFields;
  field: LongField;
  rows: number;
  hint?: string;
}) {
  const t = useT();
  return (
    <TextArea
      label={t(`innovations.field.${field}`)}
      hint={hint}
      rows={rows}
      maxLength={MAX_LONG_TEXT}
      value={values[field]}
      error={form.errors[field]}
      onInput={(v) => form.set(field, v)}
      onBlur={() => void form.flush()}
    />
  );
}

/** Tujuan, manfaat, hasil: required by the IID profile. */
export function GoalsSection({ form, values }: { form: Form; values: InnovationFields }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="innovation-goals">
      <h2 id="innovation-goals">{t('innovations.section.goals')}</h2>
      <LongText form={form} values={values} field="tujuan" rows={4} />
      <LongText form={form} values={values} field="manfaat" rows={4} />
      <LongText form={form} values={values} field="hasil" rows={4} />
    </section>
  );
}

/** Budget, IP registration and awards: optional in the profile, but they raise the index score. */
export function OptionalSection({ form, values }: { form: Form; values: InnovationFields }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="innovation-optional">
      <h2 id="innovation-optional">{t('innovations.section.optional')}</h2>
      <LongText form={form} values={values} field="anggaran" rows={3} hint={t('innovations.hint.anggaran')} />
      <LongText form={form} values={values} field="haki" rows={2} hint={t('innovations.hint.haki')} />
      <LongText
        form={form}
        values={values}
        field="penghargaan"
        rows={2}
        hint={t('innovations.hint.penghargaan')}
      />
    </section>
  );
}
