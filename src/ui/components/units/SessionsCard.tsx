import type { MentoringSession } from '../../../domain/session';
import { formatDate } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { EmptyState } from '../EmptyState';
import { Link } from '../Link';
import { withTime } from '../sessions/session-when';
import { SyncMarker } from '../sync-markers/SyncMarker';

/** The unit's mentoring sessions, newest first. */
export function SessionsCard({
  sessions,
  onNewSession,
  busy,
  mayCreate,
}: {
  sessions: MentoringSession[];
  onNewSession: () => void;
  busy: boolean;
  /** False for a role that may not start a session here (a unit team). */
  mayCreate: boolean;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <section class="card" aria-labelledby="unit-sessions-title">
      <h2 id="unit-sessions-title">{t('units.sessions.title')}</h2>
      {sessions.length === 0 ? (
        <EmptyState title={t('units.sessions.empty')}>
          <p>{t('units.sessions.emptyBody')}</p>
          {mayCreate && (
            <button type="button" class="btn" disabled={busy} onClick={onNewSession}>
              {t('units.newSession')}
            </button>
          )}
        </EmptyState>
      ) : (
        <ul class="list">
          {sessions.map((s) => {
            const meta = [
              s.facilitators.join(', ') || t('units.sessions.noFacilitator'),
              t('units.sessions.attendees', { n: s.attendees.length }),
              s.place,
            ].filter(Boolean);
            return (
              <li key={s.id} class="list__item">
                <div class="list__main">
                  <Link href={paths.session(s.id)} class="list__title unit-link">
                    {withTime(t, lang, formatDate(lang, s.date), s.time)}
                  </Link>
                  <div class="muted">{meta.join(' · ')}</div>
                </div>
                <SyncMarker id={s.id} version={s.version} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
