import { useCallback, useMemo, useState } from 'preact/hooks';
import {
  deleteSession,
  moveSession,
  newSessionDraft,
  restoreSession,
  startSession,
} from '../../db/commands/sessions';
import {
  getSessionDetail,
  listUnitChoices,
  listUnitInnovations,
  type SessionDetail,
} from '../../db/queries/sessions';
import type { Attendee, MentoringSession } from '../../domain/session';
import { formatDate } from '../../i18n';
import { showToast, useUi } from '../../state/ui-store';
import { FormSave } from '../components/form-save';
import { Link } from '../components/Link';
import { LoadGate } from '../components/LoadState';
import { PageHeader } from '../components/PageHeader';
import { ReadOnly } from '../components/read-only';
import { ReadOnlyNotice } from '../components/read-only-notice';
import { SaveStatus } from '../components/SaveStatus';
import { AttendeesField } from '../components/sessions/AttendeesField';
import { newSessionUnit, useFacilitatorName } from '../components/sessions/new-session';
import { SessionFields } from '../components/sessions/SessionFields';
import { SessionFollowUps } from '../components/sessions/SessionFollowUps';
import { withTime } from '../components/sessions/session-when';
import { SyncMarker } from '../components/sync-markers/SyncMarker';
import { deleteWithUndo } from '../delete-with-undo';
import { useAutosave } from '../hooks/use-autosave';
import { useLiveQuery, useLiveResult } from '../hooks/use-live-query';
import { usePermissions } from '../hooks/use-permissions';
import { useLang, useT } from '../hooks/use-t';
import { leaveDeleted } from '../leave-deleted';
import { paths } from '../router';
import './sessions.css';

/** The session as stored, or (`stored: false`) a new one held in memory until its first edit. */
type Shown = SessionDetail & { stored: boolean };

/**
 * One mentoring session (sesi pendampingan): every field autosaves, there is no save button. The
 * minutes are the facilitator's record: a role that may not edit them (a unit team) reads them.
 */
export function SessionPage({ id }: { id: string }) {
  const t = useT();
  const newFor = newSessionUnit(useUi((s) => s.path));
  const myName = useFacilitatorName();
  // One in-memory record per new-session page, so the form keeps what it shows between reads.
  const draft = useMemo<MentoringSession | null>(
    () =>
      newFor
        ? { ...newSessionDraft(newFor, myName), id, createdAt: '', updatedAt: '', deleted: false, version: 0 }
        : null,
    [id, newFor],
  );
  const result = useLiveResult(async (): Promise<Shown | null> => {
    const detail = await getSessionDetail(id);
    if (detail) return { ...detail, stored: true };
    if (!draft) return null;
    const units = await listUnitChoices();
    const unit = units.find((u) => u.id === draft.unitId);
    return unit ? { session: draft, unit, units, stored: false } : null;
  }, [id, draft]);
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

function SessionView({ detail }: { detail: Shown }) {
  const t = useT();
  const lang = useLang();
  const { session, unit, stored } = detail;
  // The same view before and after the first edit writes the session: focus stays where it is.
  const form = useAutosave('mentoringSessions', session, {
    start: stored ? undefined : (fields) => startSession(session.id, fields),
  });
  const unitId = form.values?.unitId ?? session.unitId;
  const { set } = form;
  // Stable, so the (memoised) attendance list skips renders while other fields are typed in.
  const setAttendees = useCallback((next: Attendee[]) => set('attendees', next), [set]);
  const innovations = useLiveQuery(() => listUnitInnovations(unitId), [unitId]);
  const [busy, setBusy] = useState(false);
  const perms = usePermissions();
  const editable = perms.can('mentoringSessions', stored ? 'edit' : 'create', unit.id);
  const values = form.values;
  if (!values) return null;

  const remove = async () => {
    setBusy(true);
    try {
      await form.flush();
      await deleteWithUndo(
        t('sessions.deleted', { date: formatDate(lang, session.date) }),
        () => deleteSession(session.id),
        restoreSession,
      );
      leaveDeleted(paths.unit(unit.id), session.id);
    } catch {
      showToast(t('error.unexpected'));
      setBusy(false);
    }
  };
  const onUnitChange = (next: string) => {
    if (!stored) {
      // Nothing to move yet: the unit is one more field of the first write.
      form.set('unitId', next);
      form.set('innovationIds', []);
      return;
    }
    form
      .flush()
      .then(() => moveSession(session.id, next))
      .catch(() => showToast(t('error.unexpected')));
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
            {values.date && <span> · {withTime(t, lang, formatDate(lang, values.date), values.time)}</span>}
          </span>
        }
      >
        {editable && (
          <SaveStatus state={form.state} savedAt={form.savedAt} onRetry={() => void form.flush()} />
        )}
        {stored && (
          <>
            <SyncMarker id={session.id} version={session.version} />
            <Link
              href={paths.sessionMinutes(session.id)}
              class="btn btn--secondary"
              data-testid="minutes-link"
            >
              {t('minutes.link')}
            </Link>
            {perms.can('mentoringSessions', 'delete', unit.id) && (
              <button type="button" class="btn btn--danger" disabled={busy} onClick={() => void remove()}>
                {t('sessions.delete')}
              </button>
            )}
          </>
        )}
      </PageHeader>
      <div class="session-page">
        {!editable && (
          <ReadOnlyNotice reason={perms.reason('mentoringSessions', stored ? 'edit' : 'create', unit.id)} />
        )}
        <ReadOnly when={!editable}>
          <FormSave state={form.state} savedAt={form.savedAt}>
            <SessionFields
              form={form}
              units={detail.units}
              innovations={innovations}
              onUnitChange={onUnitChange}
            />
            <AttendeesField rows={values.attendees} error={form.errors.attendees} onChange={setAttendees} />
          </FormSave>
        </ReadOnly>
        <SessionFollowUps
          sessionId={session.id}
          unitId={unitId}
          innovations={innovations}
          unsaved={stored ? undefined : session}
          sessionDate={session.date}
        />
      </div>
    </>
  );
}
