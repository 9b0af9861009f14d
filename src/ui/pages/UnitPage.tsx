import { useState } from 'preact/hooks';
import { deleteUnit, restoreUnit } from '../../db/commands/units';
import { getUnitDetail } from '../../db/queries/unit-detail';
import type { UnitDetail } from '../../domain/queries/unit-detail';
import { navigate, showToast } from '../../state/ui-store';
import { Link } from '../components/Link';
import { LoadGate } from '../components/LoadState';
import { PageHeader } from '../components/PageHeader';
import { ReadOnly } from '../components/read-only';
import { ReadOnlyNotice } from '../components/read-only-notice';
import { newSessionPath } from '../components/sessions/new-session';
import { DeleteUnitConfirm, hasContent } from '../components/units/DeleteUnitConfirm';
import { FollowUpsCard } from '../components/units/FollowUpsCard';
import { InnovationsCard } from '../components/units/InnovationsCard';
import { SessionsCard } from '../components/units/SessionsCard';
import { UnitDetailsCard } from '../components/units/UnitDetailsCard';
import { deleteWithUndo } from '../delete-with-undo';
import { useLiveResult } from '../hooks/use-live-query';
import { usePermissions } from '../hooks/use-permissions';
import { useT } from '../hooks/use-t';
import { leaveDeleted } from '../leave-deleted';
import { paths } from '../router';
import './units.css';

/** One unit: its details (autosaved) beside its innovations, sessions and open follow-ups. */
export function UnitPage({ id }: { id: string }) {
  const t = useT();
  const result = useLiveResult(() => getUnitDetail(id), [id]);
  return (
    <LoadGate
      result={result}
      notFound={{
        title: t('units.notFound.title'),
        body: t('units.notFound.body'),
        href: paths.units(),
        link: t('units.notFound.back'),
      }}
    >
      {(detail) => <UnitView detail={detail} />}
    </LoadGate>
  );
}

function UnitView({ detail }: { detail: UnitDetail }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const perms = usePermissions();
  const { unit } = detail;
  const content = {
    innovations: detail.innovations.length,
    sessions: detail.sessions.length,
    followUps: detail.followUpCount,
  };
  const mayEdit = perms.can('units', 'edit', unit.id);
  const mayStartSession = perms.can('mentoringSessions', 'create', unit.id);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch {
      showToast(t('error.unexpected'));
      setBusy(false);
    }
  };
  // Nothing is written until the new session's first edit.
  const newSession = () => navigate(newSessionPath(unit.id));
  const remove = () =>
    run(async () => {
      setConfirming(false);
      await deleteWithUndo(
        t('toast.deleted', { what: unit.name }),
        () => deleteUnit(unit.id),
        () => restoreUnit(unit.id),
      );
      leaveDeleted(paths.units());
    });

  return (
    <>
      <PageHeader
        title={unit.name}
        back={paths.units()}
        subtitle={`${t(`kind.${unit.kind}`)} · ${t(`group.${unit.group}`)}`}
      >
        {mayStartSession && (
          <button type="button" class="btn" disabled={busy} onClick={newSession}>
            {t('units.newSession')}
          </button>
        )}
        <Link href={paths.unitReport(unit.id)} class="btn btn--secondary" data-testid="report-link">
          {t('report.link')}
        </Link>
        {perms.can('units', 'delete', unit.id) && (
          <button
            type="button"
            class="btn btn--danger"
            disabled={busy}
            aria-expanded={confirming}
            // A unit with content asks first, naming what goes with it; an empty one goes at once.
            onClick={() => (hasContent(content) ? setConfirming(true) : void remove())}
          >
            {t('units.delete')}
          </button>
        )}
      </PageHeader>
      {confirming && (
        <DeleteUnitConfirm
          name={unit.name}
          content={content}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <div class="unit-layout">
        <div class="unit-layout__col">
          {!mayEdit && <ReadOnlyNotice reason={perms.reason('units', 'edit', unit.id)} />}
          <ReadOnly when={!mayEdit}>
            <UnitDetailsCard unit={unit} />
          </ReadOnly>
        </div>
        <div class="unit-layout__col">
          <InnovationsCard unitId={unit.id} innovations={detail.innovations} />
          <FollowUpsCard items={detail.openFollowUps} sessions={detail.sessions} />
          <SessionsCard
            sessions={detail.sessions}
            onNewSession={newSession}
            busy={busy}
            mayCreate={mayStartSession}
          />
        </div>
      </div>
    </>
  );
}
