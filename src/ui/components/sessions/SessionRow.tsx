import type { SessionSummary } from '../../../domain/queries/sessions';
import { formatDate } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { SyncMarker } from '../sync-markers/SyncMarker';
import { withTime } from './session-when';

/** One line of the sessions list: date and unit, focus, attendees and open follow-ups. */
export function SessionRow({ row }: { row: SessionSummary }) {
  const t = useT();
  const lang = useLang();
  const { session, unitName, openFollowUps } = row;
  const href = paths.session(session.id);
  return (
    <li class="list__item session-row" data-testid="session-row">
      <div class="list__main">
        <Link href={href} class="list__title session-link">
          {withTime(t, lang, formatDate(lang, session.date), session.time)} · {unitName}
        </Link>
        <div class="session-meta">
          {session.stageFocus && (
            <span class="badge">{t('sessions.list.stage', { stage: t(`stage.${session.stageFocus}`) })}</span>
          )}
          <span class="muted">{t('sessions.list.attendees', { n: session.attendees.length })}</span>
          {session.place && <span class="muted">{session.place}</span>}
          {session.facilitators.length > 0 && <span class="muted">{session.facilitators.join(', ')}</span>}
        </div>
      </div>
      <div class="session-row__side">
        <SyncMarker id={session.id} version={session.version} />
        {openFollowUps > 0 ? (
          <span class="badge badge--warn">{t('sessions.list.openFollowUps', { n: openFollowUps })}</span>
        ) : (
          <span class="badge badge--muted">{t('sessions.list.noFollowUps')}</span>
        )}
        <Link href={href} class="btn btn--secondary btn--small session-row__open">
          {t('sessions.list.open')}
        </Link>
      </div>
    </li>
  );
}
