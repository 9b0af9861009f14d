import { useState } from 'preact/hooks';
import { getSessionDetail, listUnitInnovations, type SessionDetail } from '../../db/queries/sessions';
import { formatDate } from '../../i18n';
import { navigate, showToast } from '../../state/ui-store';
import { Link } from '../components/Link';
import { LoadGate } from '../components/LoadState';
import { PageHeader } from '../components/PageHeader';
import { SaveStatus } from '../components/SaveStatus';
import { AttendeesField } from '../components/sessions/AttendeesField';
import { SessionFields } from '../components/sessions/SessionFields';
import { SessionFollowUps } from '../components/sessions/SessionFollowUps';
import { deleteSessionWithUndo, moveSessionFollowUps } from '../components/sessions/session-writes';
import { SyncMarker } from '../components/sync-markers/SyncMarker';
import { useAutosave } from '../hooks/use-autosave';
import { useLiveQuery, useLiveResult } from '../hooks/use-live-query';
import { useLang, useT } from '../hooks/use-t';
import { paths } from '../router';
import './sessions.css';

/** One mentoring session (sesi pendampingan): every field autosaves, there is no save button. */
export function SessionPage({ id }: { id: string }) {
  const t = useT();
  const result = useLiveResult(() => getSessionDetail(id), [id]);
  return (
    <LoadGate
      result={result}
      notFound={{
        title: t('sessions.notFound.title'),
        body: t('sessions.notFound.body'),
        href: paths.sessions(),
        link: t('sessions.notFound.back'),
      }}
    >
      {(detail) => <SessionView detail={detail} />}
    </LoadGate>
  );
}

function SessionView({ detail }: { detail: SessionDetail }) {
  const t = useT();
  const lang = useLang();
  const { session, unit } = detail;
  const form = useAutosave('mentoringSessions', session);
  const unitId = form.values?.unitId ?? session.unitId;
  const innovations = useLiveQuery(() => listUnitInnovations(unitId), [unitId]);
  const [busy, setBusy] = useState(false);
  const values = form.values;
  if (!values) return null;

  const remove = async () => {
    setBusy(true);
    try {
      await form.flush();
      await deleteSessionWithUndo(
        session.id,
        t('sessions.deleted', { date: formatDate(lang, session.date) }),
      );
      navigate(paths.unit(unit.id));
    } catch {
      showToast(t('error.unexpected'));
      setBusy(false);
    }
  };
  const onUnitChange = (next: string) => {
    moveSessionFollowUps(session.id, next).catch(() => showToast(t('error.unexpected')));
  };

  return (
    <>
      <PageHeader
        title={t('sessions.form.title')}
        back={paths.sessions()}
        subtitle={
          <span class="session-subtitle">
            <Link href={paths.unit(unit.id)} class="session-link">
              {unit.name}
            </Link>
            {values.date && <span> · {formatDate(lang, values.date)}</span>}
          </span>
        }
      >
        <SaveStatus state={form.state} savedAt={form.savedAt} onRetry={() => void form.flush()} />
        <SyncMarker id={session.id} version={session.version} />
        <Link href={paths.sessionMinutes(session.id)} class="btn btn--secondary" data-testid="minutes-link">
          {t('minutes.link')}
        </Link>
        <button type="button" class="btn btn--danger" disabled={busy} onClick={() => void remove()}>
          {t('sessions.delete')}
        </button>
      </PageHeader>
      <div class="session-page">
        <SessionFields
          form={form}
          units={detail.units}
          innovations={innovations}
          onUnitChange={onUnitChange}
        />
        <AttendeesField rows={values.attendees} onChange={(next) => form.set('attendees', next)} />
        <SessionFollowUps sessionId={session.id} unitId={unitId} innovations={innovations} />
      </div>
    </>
  );
}
