/**
 * The printable progress report of one unit: its details, then each innovation with its IID
 * profile, completeness and the five 5D stages, then the follow-ups still open.
 */

import { isOverdue } from '../../../domain/action-item';
import { innovationCompleteness } from '../../../domain/completeness';
import type { ReportInnovation, UnitReportData } from '../../../domain/queries/export';
import { overallProgress } from '../../../domain/stage-progress';
import { RANCANG_BANGUN_MIN_WORDS } from '../../../domain/words';
import { letterheadLines } from '../../../export/minutes/minutes-parts';
import { formatDate } from '../../../i18n';
import { urusanLabel } from '../../../i18n/data-labels';
import { useClinicIdentity } from '../../hooks/use-clinic-identity';
import { useLang, useT } from '../../hooks/use-t';
import { DocSection, Facts, formatLongDate, Letterhead, PrintedAt } from './print-parts';
import { SigningLine } from './signing-line';

export function ReportDocument({ data, today, now }: { data: UnitReportData; today: string; now: Date }) {
  const t = useT();
  const lang = useLang();
  const identity = useClinicIdentity();
  const { unit } = data;
  const none = t('export.print.none');
  const contact = [unit.contactPerson, unit.contactPhone].filter(Boolean).join(' · ');
  return (
    <article class="doc" data-testid="report-document">
      <Letterhead
        agency={unit.parentAgency}
        title={t('report.title')}
        lines={letterheadLines(identity)}
        logo={identity.logo}
      />
      <Facts
        rows={[
          [t('report.unit'), unit.name],
          [t('report.kind'), `${t(`kind.${unit.kind}`)} · ${t(`group.${unit.group}`)}`],
          [t('units.field.parentAgency'), unit.parentAgency || none],
          [t('report.contact'), contact || none],
          [t('report.innovations'), t('report.innovations.count', { n: data.innovations.length })],
          [
            t('report.sessions'),
            data.sessionCount
              ? t('report.sessions.value', {
                  n: data.sessionCount,
                  date: formatDate(lang, data.lastSessionDate),
                })
              : t('report.sessions.none'),
          ],
          [t('report.date'), formatLongDate(lang, today, false)],
        ]}
      />
      {data.innovations.length === 0 ? (
        <DocSection title={t('report.innovations')}>
          <p class="doc__empty">{t('report.innovations.none')}</p>
        </DocSection>
      ) : (
        data.innovations.map((item, n) => (
          <InnovationSection key={item.innovation.id} item={item} n={n + 1} />
        ))
      )}
      <DocSection title={`${data.innovations.length + 1}. ${t('report.followUps')}`}>
        <OpenFollowUps data={data} today={today} />
      </DocSection>
      <SigningLine identity={identity} date={today} />
      <PrintedAt now={now} />
    </article>
  );
}

function InnovationSection({ item, n }: { item: ReportInnovation; n: number }) {
  const t = useT();
  const lang = useLang();
  const { innovation: i, stages } = item;
  const none = t('export.print.none');
  const c = innovationCompleteness(i);
  const missing = c.missing.map((code) =>
    code === 'rancangBangun'
      ? t('innovations.missing.rancangBangun', { n: RANCANG_BANGUN_MIN_WORDS - c.rancangBangunWords })
      : t(`innovations.missing.${code}`),
  );
  const percent = c.total ? Math.round((c.done / c.total) * 100) : 0;
  const jenisBentuk = [i.jenis ? t(`jenis.${i.jenis}`) : '', i.bentuk ? t(`bentuk.${i.bentuk}`) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <section class="doc__section doc__innovation">
      <h2>
        {n}. {i.name}
      </h2>
      <Facts
        rows={[
          [t('report.innovation.tahapan'), i.tahapan ? t(`tahapan.${i.tahapan}`) : none],
          [t('report.innovation.jenisBentuk'), jenisBentuk || none],
          [
            t('report.innovation.urusan'),
            [i.urusan, ...i.urusanLain]
              .filter(Boolean)
              .map((u) => urusanLabel(t, u))
              .join(', ') || none,
          ],
          [t('report.innovation.currentStage'), t(`stage.${i.currentStage}`)],
          [
            t('report.innovation.completeness'),
            <>
              {t('report.innovation.completenessValue', { done: c.done, total: c.total, percent })}
              {missing.length > 0 && (
                <div class="doc__small">{t('report.innovation.missing', { list: missing.join(', ') })}</div>
              )}
            </>,
          ],
          [
            t('report.innovation.overall'),
            t('progress.label', { percent: String(Math.round(overallProgress(stages) * 100)) }),
          ],
        ]}
      />
      {stages.length === 0 ? (
        <p class="doc__empty">{t('report.stage.none')}</p>
      ) : (
        <table class="doc__table">
          <thead>
            <tr>
              <th>{t('report.stage')}</th>
              <th>{t('report.stage.status')}</th>
              <th>{t('report.stage.items')}</th>
              <th>{t('report.stage.start')}</th>
              <th>{t('report.stage.end')}</th>
              <th>{t('report.stage.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.id} class={s.stage === i.currentStage ? 'doc__current' : undefined}>
                <td class="doc__nowrap">{t(`stage.${s.stage}`)}</td>
                <td class="doc__nowrap">{t(`stageStatus.${s.status}`)}</td>
                <td class="doc__nowrap">
                  {t('report.stage.itemsValue', {
                    done: s.checklist.filter((x) => x.done).length,
                    total: s.checklist.length,
                  })}
                </td>
                <td class="doc__nowrap">{formatDate(lang, s.startDate)}</td>
                <td class="doc__nowrap">{formatDate(lang, s.endDate)}</td>
                <td class="doc__prose">{s.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OpenFollowUps({ data, today }: { data: UnitReportData; today: string }) {
  const t = useT();
  const lang = useLang();
  const none = t('export.print.none');
  if (data.openFollowUps.length === 0) return <p class="doc__empty">{t('report.followUps.none')}</p>;
  return (
    <table class="doc__table">
      <thead>
        <tr>
          <th class="doc__no">{t('export.print.no')}</th>
          <th class="doc__wide">{t('minutes.followUps.what')}</th>
          <th>{t('minutes.followUps.who')}</th>
          <th>{t('report.followUps.innovation')}</th>
          <th>{t('minutes.followUps.due')}</th>
          <th>{t('report.followUps.note')}</th>
        </tr>
      </thead>
      <tbody>
        {data.openFollowUps.map((f, n) => {
          const sessionDate = f.sessionId ? data.sessionDates.get(f.sessionId) : undefined;
          const overdue = isOverdue(f, today);
          return (
            <tr key={f.id}>
              <td class="doc__no">{n + 1}</td>
              <td>{f.text}</td>
              <td>{f.owner || none}</td>
              <td>
                {(f.innovationId && data.innovationNames.get(f.innovationId)) || t('export.value.wholeUnit')}
              </td>
              <td class="doc__nowrap">{formatDate(lang, f.dueDate) || none}</td>
              <td>
                {overdue && <strong class="doc__overdue">{t('report.followUps.overdue')}</strong>}
                {sessionDate && (
                  <div class="doc__small">
                    {t('report.followUps.session', { date: formatDate(lang, sessionDate) })}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
