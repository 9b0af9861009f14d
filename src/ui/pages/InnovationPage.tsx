/**
 * The IID profile editor. Every field autosaves (no save button); the completeness panel is
 * computed from what is on screen, so it shrinks while the team types.
 */
import { useState } from 'preact/hooks';
import { deleteInnovation, restoreInnovation } from '../../db/commands/innovations';
import { getInnovationDetail } from '../../db/queries/innovations';
import { showToast } from '../../state/ui-store';
import { FormSave } from '../components/form-save';
import { CompletenessPanel, CurrentStagePanel } from '../components/innovations/CompletenessPanel';
import { InnovationNotFound } from '../components/innovations/InnovationNotFound';
import { ProfileSection } from '../components/innovations/ProfileSection';
import { TeamEditor } from '../components/innovations/TeamEditor';
import { DesignSection, GoalsSection, OptionalSection } from '../components/innovations/TextSections';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { SaveStatus } from '../components/SaveStatus';
import { SyncMarker } from '../components/sync-markers/SyncMarker';
import { deleteWithUndo } from '../delete-with-undo';
import { useAutosave } from '../hooks/use-autosave';
import { useLiveQuery } from '../hooks/use-live-query';
import { usePermissions } from '../hooks/use-permissions';
import { useT } from '../hooks/use-t';
import { leaveDeleted } from '../leave-deleted';
import { paths } from '../router';
import './innovations.css';

export function InnovationPage({ id }: { id: string }) {
  const t = useT();
  const detail = useLiveQuery(() => getInnovationDetail(id), [id]);
  const form = useAutosave('innovations', detail?.innovation);
  const [deleting, setDeleting] = useState(false);
  const perms = usePermissions();

  if (detail === undefined) return <p class="muted">{t('loading')}</p>;
  if (detail === null || !form.values) return <InnovationNotFound />;
  const { unit, innovation } = detail;
  const values = form.values;
  const title = values.name.trim() || t('innovations.untitled');

  const onDelete = async () => {
    setDeleting(true);
    try {
      await form.flush();
      await deleteWithUndo(
        t('toast.deleted', { what: t('innovations.what', { name: title }) }),
        () => deleteInnovation(innovation.id),
        () => restoreInnovation(innovation.id),
      );
      leaveDeleted(paths.unit(unit.id), innovation.id);
    } catch {
      showToast(t('error.unexpected'));
      setDeleting(false);
    }
  };

  return (
    <div class="innovation-page">
      <PageHeader
        title={title}
        back={paths.unit(unit.id)}
        subtitle={
          <Link href={paths.unit(unit.id)} data-testid="unit-link">
            {t('innovations.unit', { name: unit.name })}
          </Link>
        }
      >
        <SaveStatus state={form.state} savedAt={form.savedAt} onRetry={() => void form.flush()} />
        <SyncMarker id={innovation.id} version={innovation.version} />
        <Link href={paths.board(innovation.id)} class="btn btn--secondary">
          {t('innovations.boardLink')}
        </Link>
        {perms.can('innovations', 'delete', innovation.unitId) && (
          <button type="button" class="btn btn--danger" disabled={deleting} onClick={() => void onDelete()}>
            {t('innovations.delete')}
          </button>
        )}
      </PageHeader>
      <div class="innovation-layout">
        <aside class="innovation-layout__aside">
          <CompletenessPanel values={values} />
          <CurrentStagePanel id={innovation.id} stage={values.currentStage} />
        </aside>
        <FormSave state={form.state} savedAt={form.savedAt}>
          <div class="innovation-layout__form">
            <ProfileSection form={form} values={values} />
            <DesignSection form={form} values={values} />
            <GoalsSection form={form} values={values} />
            <OptionalSection form={form} values={values} />
            <TeamEditor
              team={values.team}
              error={form.errors.team}
              onChange={(team) => form.set('team', team)}
            />
          </div>
        </FormSave>
      </div>
    </div>
  );
}
