import { useState } from 'preact/hooks';
import { deleteUnit, restoreUnit } from '../../db/commands/units';
import { getUnitDetail } from '../../db/queries/unit-detail';
import type { UnitDetail } from '../../domain/queries/unit-detail';
import { navigate, showToast } from '../../state/ui-store';
import { Link } from '../components/Link';
import { LoadGate } from '../components/LoadState';
import { PageHeader } from '../components/PageHeader';
import { newSessionPath } from '../components/sessions/new-session';
import { FollowUpsCard } from '../components/units/FollowUpsCard';
import { InnovationsCard } from '../components/units/InnovationsCard';
import { SessionsCard } from '../components/units/SessionsCard';
import { UnitDetailsCard } from '../components/units/UnitDetailsCard';
import { deleteWithUndo } from '../delete-with-undo';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
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
  const { unit } = detail;

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
      await deleteWithUndo(
        t('toast.deleted', { what: unit.name }),
        () => deleteUnit(unit.id),
        () => restoreUnit(unit.id),
      );
      navigate(paths.units());
    });

  return (
    <>
      <PageHeader
        title={unit.name}
        back={paths.units()}
        subtitle={`${t(`kind.${unit.kind}`)} · ${t(`group.${unit.group}`)}`}
      >
        <button type="button" class="btn" disabled={busy} onClick={newSession}>
          {t('units.newSession')}
        </button>
        <Link href={paths.unitReport(unit.id)} class="btn btn--secondary" data-testid="report-link">
          {t('report.link')}
        </Link>
        <button type="button" class="btn btn--danger" disabled={busy} onClick={remove}>
          {t('units.delete')}
        </button>
      </PageHeader>
      <div class="unit-layout">
        <div class="unit-layout__col">
          <UnitDetailsCard unit={unit} />
        </div>
        <div class="unit-layout__col">
          <InnovationsCard unitId={unit.id} innovations={detail.innovations} />
          <FollowUpsCard items={detail.openFollowUps} sessions={detail.sessions} />
          <SessionsCard sessions={detail.sessions} onNewSession={newSession} busy={busy} />
        </div>
      </div>
    </>
  );
}
