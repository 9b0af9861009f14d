/**
 * The printable minutes (notulen) of one mentoring session: who, where, when, the attendance
 * list with a column to sign, what was found and agreed, and signature blocks.
 */
import type { MinutesData } from '../../../domain/queries/export';
import { formatDate } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';
import { withTime } from '../sessions/session-when';
import { DocSection, Facts, formatLongDate, Letterhead, PrintedAt, Prose } from './print-parts';

/** Empty rows printed when no attendee was typed in, so the list can be filled in by hand. */
const BLANK_ATTENDEE_ROWS = 8;

export function MinutesDocument({ data, now }: { data: MinutesData; now: Date }) {
  const t = useT();
  const lang = useLang();
  const { session, unit, innovations, followUps } = data;
  const none = t('export.print.none');
  const facilitators = distinctNames(session.facilitators);
  return (
    <article class="doc" data-testid="minutes-document">
      <Letterhead agency={unit.parentAgency} title={t('minutes.title')} />
      <Facts
        rows={[
          [t('minutes.unit'), `${unit.name} (${t(`kind.${unit.kind}`)})`],
          [t('minutes.date'), withTime(t, lang, formatLongDate(lang, session.date), session.time) || none],
          [t('minutes.place'), session.place || none],
          // "; " because names carry commas of their own ("Dr. Rina, M.Si.").
          [t('minutes.facilitators'), facilitators.join('; ') || none],
          [t('minutes.innovations'), innovations.map((i) => i.name).join('; ') || none],
          [t('minutes.stageFocus'), session.stageFocus ? t(`stage.${session.stageFocus}`) : none],
        ]}
      />
      <DocSection title={`1. ${t('minutes.attendees')}`}>
        <AttendanceTable data={data} />
      </DocSection>
      <DocSection title={`2. ${t('minutes.agenda')}`}>
        <Prose text={session.agenda} />
      </DocSection>
      <DocSection title={`3. ${t('minutes.findings')}`}>
        <Prose text={session.findings} />
      </DocSection>
      <DocSection title={`4. ${t('minutes.recommendations')}`}>
        <Prose text={session.recommendations} />
      </DocSection>
      <DocSection title={`5. ${t('minutes.followUps')}`}>
        {followUps.length === 0 ? (
          <p class="doc__empty">{t('minutes.followUps.none')}</p>
        ) : (
          <table class="doc__table">
            <thead>
              <tr>
                <th class="doc__no">{t('export.print.no')}</th>
                <th class="doc__wide">{t('minutes.followUps.what')}</th>
                <th>{t('minutes.followUps.who')}</th>
                <th>{t('minutes.followUps.due')}</th>
                <th>{t('minutes.followUps.status')}</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f, n) => {
                const innovation = f.innovationId ? data.innovationNames.get(f.innovationId) : undefined;
                return (
                  <tr key={f.id}>
                    <td class="doc__no">{n + 1}</td>
                    <td>
                      {f.text}
                      {innovation && <div class="doc__small">{innovation}</div>}
                    </td>
                    <td>{f.owner || none}</td>
                    <td class="doc__nowrap">{formatDate(lang, f.dueDate) || none}</td>
                    <td>
                      {f.status === 'done' && f.doneDate
                        ? t('minutes.followUps.doneOn', { date: formatDate(lang, f.doneDate) })
                        : t(`actionStatus.${f.status}`)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </DocSection>
      <DocSection title={`6. ${t('minutes.nextVisit')}`}>
        <p>
          {session.nextVisitDate ? formatLongDate(lang, session.nextVisitDate) : t('minutes.nextVisit.none')}
        </p>
      </DocSection>
      <Signatures data={data} />
      <PrintedAt now={now} />
    </article>
  );
}

function AttendanceTable({ data }: { data: MinutesData }) {
  const t = useT();
  const { attendees } = data.session;
  const blanks = attendees.length === 0 ? BLANK_ATTENDEE_ROWS : 0;
  return (
    <>
      <table class="doc__table doc__attendance">
        <thead>
          <tr>
            <th class="doc__no">{t('export.print.no')}</th>
            <th>{t('export.col.name')}</th>
            <th>{t('export.col.nip')}</th>
            <th>{t('export.col.position')}</th>
            <th>{t('export.col.role')}</th>
            <th class="doc__sign">{t('minutes.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((a, n) => (
            <tr key={a.id}>
              <td class="doc__no">{n + 1}</td>
              <td>{a.name}</td>
              <td class="doc__nowrap">{a.nip}</td>
              <td>{a.position}</td>
              <td>{a.role}</td>
              <td class="doc__sign">
                <span class="doc__sign-no">{n + 1}.</span>
              </td>
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, n) => (
            <tr key={`blank-${n}`} class="doc__blank">
              <td class="doc__no">{n + 1}</td>
              <td />
              <td />
              <td />
              <td />
              <td class="doc__sign" />
            </tr>
          ))}
        </tbody>
      </table>
      <p class="doc__small">
        {attendees.length
          ? t('minutes.attendees.count', { n: attendees.length })
          : t('minutes.attendees.blank')}
      </p>
    </>
  );
}

/** Names as typed, without blanks or repeats (the same person entered twice signs once). */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names
    .map((n) => n.trim())
    .filter((n) => {
      const key = n.toLocaleLowerCase('id');
      if (!n || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The usual layout of Indonesian minutes: "Mengetahui, Pimpinan <unit>" on the left, the date
 * and the facilitator(s) who wrote the minutes on the right, each with room to sign.
 */
function Signatures({ data }: { data: MinutesData }) {
  const t = useT();
  const lang = useLang();
  const names = distinctNames(data.session.facilitators);
  const facilitators = names.length ? names : [''];
  return (
    <section class="doc__signatures">
      <div class="doc__sign-col">
        <SignatureBlock
          lines={[t('minutes.sign.acknowledged'), t('minutes.sign.unitHead', { unit: data.unit.name })]}
          name=""
          withNip
        />
      </div>
      <div class="doc__sign-col">
        {facilitators.map((name, n) => (
          <SignatureBlock
            key={`f-${n}`}
            lines={[
              n === 0 ? formatLongDate(lang, data.session.date, false) : '',
              t('minutes.sign.facilitator'),
            ]}
            name={name}
          />
        ))}
      </div>
    </section>
  );
}

function SignatureBlock({ lines, name, withNip }: { lines: string[]; name: string; withNip?: boolean }) {
  const t = useT();
  return (
    <div class="doc__sign-block">
      {lines.map((line, n) => (
        <p key={n} class="doc__sign-role">
          {line || '\u00a0'}
        </p>
      ))}
      <div class="doc__sign-space" />
      <p class="doc__sign-name">{name || `(${t('minutes.sign.name')})`}</p>
      {withNip && <p class="doc__sign-nip">{t('minutes.sign.nip')}</p>}
    </div>
  );
}
