import { localToday } from '../../../domain/dates';
import type { Innovation } from '../../../domain/innovation';
import { isFarAhead } from '../../../domain/session';
import { isStageKey, STAGES } from '../../../domain/stages';
import type { Unit } from '../../../domain/unit';
import { type ErrorCode, MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../../domain/validation';
import { formatDate } from '../../../i18n';
import type { Autosave } from '../../hooks/use-autosave';
import { useLang, useT } from '../../hooks/use-t';
import { DateField, TimeField } from '../date-field';
import { SelectField, TextArea, TextField } from '../fields';
import { useReadOnly } from '../read-only';
import { FacilitatorsField } from './FacilitatorsField';
import { InnovationsField } from './InnovationsField';

/** The session's own fields, in two cards: the visit (who, where, what) and the notes. */
export function SessionFields({
  form,
  units,
  innovations,
  onUnitChange,
}: {
  form: Autosave<'mentoringSessions'>;
  units: readonly Unit[];
  innovations: readonly Innovation[] | undefined;
  onUnitChange: (unitId: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const readOnly = useReadOnly();
  const { values, errors, set } = form;
  if (!values) return null;
  const flush = () => void form.flush();
  // The clash named with both dates as they are on screen, on whichever of the two was refused.
  const clash = (code: ErrorCode | undefined) =>
    code === 'nextVisitBeforeSession'
      ? t('sessions.error.nextVisitBeforeSession', {
          next: formatDate(lang, values.nextVisitDate),
          date: formatDate(lang, values.date),
        })
      : undefined;
  // A warning, not an error: the date is saved; the note asks for a second look at the year.
  const farAhead = (date: string) =>
    isFarAhead(date, localToday()) ? (
      <span class="field__warning" data-testid="far-ahead">
        {t('sessions.warning.farAhead', { date: formatDate(lang, date) })}
      </span>
    ) : undefined;
  return (
    <>
      <section class="card" aria-labelledby="session-visit-title">
        <h2 id="session-visit-title">{t('sessions.section.visit')}</h2>
        <div class="session-grid">
          {/* Date and time side by side: two short entries, one line even in portrait. */}
          <div class="session-when">
            <DateField
              label={t('sessions.field.date')}
              value={values.date}
              error={errors.date}
              errorText={clash(errors.date)}
              hint={farAhead(values.date)}
              onInput={(v) => set('date', v)}
              onBlur={flush}
            />
            <TimeField
              label={t('sessions.field.time')}
              hint={t('sessions.field.timeHint')}
              value={values.time ?? ''}
              error={errors.time}
              onInput={(v) => set('time', v)}
              onBlur={flush}
            />
          </div>
          <TextField
            label={t('sessions.field.place')}
            value={values.place}
            maxLength={MAX_SHORT_TEXT}
            error={errors.place}
            onInput={(v) => set('place', v)}
            onBlur={flush}
          />
          <SelectField
            label={t('sessions.field.unit')}
            value={values.unitId}
            error={errors.unitId}
            hint={values.innovationIds.length > 0 && !readOnly ? t('sessions.field.unitHint') : undefined}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v) => {
              if (!v || v === values.unitId) return;
              onUnitChange(v);
            }}
          />
          <SelectField
            label={t('sessions.field.stageFocus')}
            value={values.stageFocus}
            error={errors.stageFocus}
            emptyLabel={t('sessions.field.stageNone')}
            options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
            onChange={(v) => set('stageFocus', isStageKey(v) ? v : '')}
          />
          <FacilitatorsField
            value={values.facilitators}
            error={errors.facilitators}
            onChange={(next) => set('facilitators', next)}
          />
          <InnovationsField
            innovations={innovations}
            value={values.innovationIds}
            onChange={(next) => set('innovationIds', next)}
          />
        </div>
      </section>
      <section class="card" aria-labelledby="session-notes-title">
        <h2 id="session-notes-title">{t('sessions.section.notes')}</h2>
        <div class="session-grid">
          <TextArea
            class="session-grid__wide"
            label={t('sessions.field.agenda')}
            value={values.agenda}
            error={errors.agenda}
            rows={3}
            maxLength={MAX_LONG_TEXT}
            onInput={(v) => set('agenda', v)}
            onBlur={flush}
          />
          <TextArea
            label={t('sessions.field.findings')}
            hint={t('sessions.field.findingsHint')}
            value={values.findings}
            error={errors.findings}
            rows={6}
            maxLength={MAX_LONG_TEXT}
            onInput={(v) => set('findings', v)}
            onBlur={flush}
          />
          <TextArea
            label={t('sessions.field.recommendations')}
            value={values.recommendations}
            error={errors.recommendations}
            rows={6}
            maxLength={MAX_LONG_TEXT}
            onInput={(v) => set('recommendations', v)}
            onBlur={flush}
          />
          <DateField
            label={t('sessions.field.nextVisit')}
            value={values.nextVisitDate}
            error={errors.nextVisitDate}
            errorText={clash(errors.nextVisitDate)}
            hint={farAhead(values.nextVisitDate)}
            onInput={(v) => set('nextVisitDate', v)}
            onBlur={flush}
          />
        </div>
      </section>
    </>
  );
}
