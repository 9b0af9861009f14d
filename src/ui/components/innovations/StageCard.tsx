import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { setCurrentStage } from '../../../db/commands/innovations';
import { addMissingStage, setStageStatus, tickChecklistItem } from '../../../db/commands/stages';
import { MAX_STAGE_NOTES, type StageProgress } from '../../../domain/stage-progress';
import { canSetStatus, nextStage, offersCompletion } from '../../../domain/stage-transitions';
import { STAGE_STATUSES, type StageKey, type StageStatus, stageIndex } from '../../../domain/stages';
import { showToast } from '../../../state/ui-store';
import { useAutosave } from '../../hooks/use-autosave';
import { useT } from '../../hooks/use-t';
import { DateField } from '../date-field';
import { SelectField, TextArea } from '../fields';
import { SaveStatus } from '../SaveStatus';
import { Checklist } from './Checklist';
import { reinsert, useLatest } from './use-latest';

interface StageProps {
  innovationId: string;
  currentStage: StageKey;
  stage: StageKey;
  selected: boolean;
}

function StageHeading({
  stage,
  currentStage,
  children,
}: Omit<StageProps, 'innovationId' | 'selected'> & {
  children?: ComponentChildren;
}) {
  const t = useT();
  return (
    <header class="stage-card__header">
      <div>
        <p class="stage-card__eyebrow">{t('board.stageOf', { n: stageIndex(stage) + 1 })}</p>
        <h2 id={`stage-${stage}-title`} tabIndex={-1}>
          {t(`stage.${stage}`)}
          {currentStage === stage && <span class="badge stage-card__current">{t('board.isCurrent')}</span>}
        </h2>
        <p class="stage-card__purpose">{t(`board.purpose.${stage}`)}</p>
      </div>
      {children}
    </header>
  );
}

/**
 * One 5D stage bound to its stage-progress row. Dates, notes and the checklist's wording
 * autosave; ticks and the status are commands that also move the stage's dates and the
 * innovation's current stage (domain/stage-transitions), each in one transaction.
 */
export function StageCard({ row, ...props }: StageProps & { row: StageProgress }) {
  const t = useT();
  const form = useAutosave('stageProgress', row);
  const latest = useLatest(form.values?.checklist ?? []);
  const values = form.values;
  if (!values) return null;
  const { stage, currentStage } = props;

  // What is typed (a renamed item) is saved first, so the command reads the list as shown.
  const run = (command: () => Promise<void>) =>
    form
      .flush()
      .then(command)
      .catch(() => showToast(t('error.unexpected')));
  const ticked = !canSetStatus(values, 'notStarted');
  const last = stageIndex(stage) === stageIndex(nextStage(stage));

  return (
    <section
      id={`stage-${stage}`}
      class={`card stage-card stage-card--${values.status}${props.selected ? ' stage-card--selected' : ''}`}
      aria-labelledby={`stage-${stage}-title`}
      data-testid={`stage-card-${stage}`}
    >
      <StageHeading stage={stage} currentStage={currentStage}>
        <div class="stage-card__tools">
          <SaveStatus state={form.state} savedAt={form.savedAt} onRetry={() => void form.flush()} />
          {currentStage !== stage && (
            <button
              type="button"
              class="btn btn--secondary"
              onClick={() => void run(() => setCurrentStage(props.innovationId, stage))}
            >
              {t('board.makeCurrent')}
            </button>
          )}
        </div>
      </StageHeading>
      <SelectField
        label={t('board.status')}
        value={values.status}
        error={form.errors.status}
        hint={ticked ? t('board.statusTicked') : undefined}
        options={STAGE_STATUSES.filter((s) => !ticked || s !== 'notStarted' || values.status === s).map(
          (s) => ({ value: s, label: t(`stageStatus.${s}`) }),
        )}
        onChange={(v) => void run(() => setStageStatus(row.id, v as StageStatus))}
      />
      {offersCompletion(values) && (
        <div class="stage-card__offer" role="status" data-testid={`stage-offer-${stage}`}>
          <p>{t('board.offer', { stage: t(`stage.${stage}`) })}</p>
          <button type="button" class="btn" onClick={() => void run(() => setStageStatus(row.id, 'done'))}>
            {last ? t('board.offerLast') : t('board.offerNext', { next: t(`stage.${nextStage(stage)}`) })}
          </button>
        </div>
      )}
      <h3>{t('board.checklist')}</h3>
      <Checklist
        items={values.checklist}
        error={form.errors.checklist}
        onChange={(items) => form.set('checklist', items)}
        onTick={(item, done) => void run(() => tickChecklistItem(row.id, item.id, done))}
        onRemove={(item, index) => {
          form.set(
            'checklist',
            values.checklist.filter((i) => i.id !== item.id),
          );
          showToast(t('board.item.removed'), async () =>
            form.set('checklist', reinsert(latest.current, item, index)),
          );
        }}
      />
      <div class="grid-2">
        <DateField
          label={t('board.startDate')}
          value={values.startDate}
          error={form.errors.startDate}
          onInput={(v) => form.set('startDate', v)}
        />
        <DateField
          label={t('board.endDate')}
          value={values.endDate}
          error={form.errors.endDate}
          onInput={(v) => form.set('endDate', v)}
        />
      </div>
      <TextArea
        label={t('board.notes')}
        rows={3}
        maxLength={MAX_STAGE_NOTES}
        value={values.notes}
        error={form.errors.notes}
        onInput={(v) => form.set('notes', v)}
        onBlur={() => void form.flush()}
      />
    </section>
  );
}

/** A stage whose row is missing (old or partially synced data): offer to create it. */
export function MissingStageCard(props: StageProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      await addMissingStage(props.innovationId, props.stage);
    } catch {
      showToast(t('error.unexpected'));
      setBusy(false);
    }
  };
  return (
    <section
      id={`stage-${props.stage}`}
      class={`card stage-card stage-card--missing${props.selected ? ' stage-card--selected' : ''}`}
      aria-labelledby={`stage-${props.stage}-title`}
      data-testid={`stage-card-${props.stage}`}
    >
      <StageHeading stage={props.stage} currentStage={props.currentStage} />
      <p>{t('board.missing')}</p>
      <button type="button" class="btn" disabled={busy} onClick={() => void create()}>
        {t('board.createStage')}
      </button>
    </section>
  );
}
