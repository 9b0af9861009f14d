import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { createRecord, updateRecord } from '../../../db/mutations';
import { uuidv7 } from '../../../domain/ids';
import { defaultStageProgress, type StageProgress } from '../../../domain/stage-progress';
import { STAGE_STATUSES, type StageKey, type StageStatus, stageIndex } from '../../../domain/stages';
import { showToast } from '../../../state/ui-store';
import { useAutosave } from '../../hooks/use-autosave';
import { useT } from '../../hooks/use-t';
import { DateField, SelectField, TextArea } from '../fields';
import { SaveStatus } from '../SaveStatus';
import { Checklist } from './Checklist';
import { reinsert, useLatest } from './use-latest';

interface StageProps {
  innovationId: string;
  currentStage: StageKey;
  stage: StageKey;
  selected: boolean;
}

function useMakeCurrent(innovationId: string) {
  const t = useT();
  return (stage: StageKey) =>
    updateRecord('innovations', innovationId, { currentStage: stage }).catch(() =>
      showToast(t('error.unexpected')),
    );
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

/** One 5D stage bound to its stage-progress row, autosaving like every other form. */
export function StageCard({ row, ...props }: StageProps & { row: StageProgress }) {
  const t = useT();
  const form = useAutosave('stageProgress', row);
  const makeCurrent = useMakeCurrent(props.innovationId);
  const latest = useLatest(form.values?.checklist ?? []);
  const values = form.values;
  if (!values) return null;
  const { stage, currentStage } = props;

  const onStatus = (status: StageStatus) => {
    form.set('status', status);
    // Work starting on a later stage means the innovation has moved on.
    if (status === 'inProgress' && stageIndex(stage) > stageIndex(currentStage)) void makeCurrent(stage);
  };

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
            <button type="button" class="btn btn--secondary" onClick={() => void makeCurrent(stage)}>
              {t('board.makeCurrent')}
            </button>
          )}
        </div>
      </StageHeading>
      <SelectField
        label={t('board.status')}
        value={values.status}
        error={form.errors.status}
        options={STAGE_STATUSES.map((s) => ({ value: s, label: t(`stageStatus.${s}`) }))}
        onChange={(v) => onStatus(v as StageStatus)}
      />
      <h3>{t('board.checklist')}</h3>
      <Checklist
        items={values.checklist}
        error={form.errors.checklist}
        onChange={(items) => form.set('checklist', items)}
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
      await createRecord('stageProgress', defaultStageProgress(props.innovationId, props.stage, uuidv7));
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
