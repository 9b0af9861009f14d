import type { BoardStage } from '../../../domain/queries/innovations';
import type { StageKey } from '../../../domain/stages';
import { useT } from '../../hooks/use-t';

/** The five stages across the top: status and ticked items at a glance, a tap jumps to the card. */
export function StageStepper({
  stages,
  current,
  selected,
  onSelect,
}: {
  stages: readonly BoardStage[];
  current: StageKey;
  selected: StageKey | null;
  onSelect: (stage: StageKey) => void;
}) {
  const t = useT();
  return (
    <nav aria-label={t('board.stepper')}>
      <ol class="stepper">
        {stages.map(({ stage, row }, index) => {
          const done = row ? row.checklist.filter((c) => c.done).length : 0;
          const total = row ? row.checklist.length : 0;
          const status = row?.status ?? 'notStarted';
          return (
            <li key={stage} class={`stepper__item stepper__item--${status}`}>
              <button
                type="button"
                class={`stepper__button${selected === stage ? ' stepper__button--selected' : ''}`}
                aria-current={current === stage ? 'step' : undefined}
                aria-controls={`stage-${stage}`}
                data-testid={`step-${stage}`}
                onClick={() => onSelect(stage)}
              >
                <span class="stepper__index" aria-hidden="true">
                  {status === 'done' ? '✓' : index + 1}
                </span>
                <span class="stepper__text">
                  <span class="stepper__name">{t(`stage.${stage}`)}</span>
                  <span class="stepper__meta">
                    {row ? t(`stageStatus.${status}`) : t('board.missing')}
                    {row && ` · ${t('board.stepCount', { done, total })}`}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
