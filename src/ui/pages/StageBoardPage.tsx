/**
 * The 5D board: one card per LAN laboratory stage, each autosaving its own stage-progress row.
 * The stepper on top summarises the five and jumps to a card.
 */
import { useState } from 'preact/hooks';
import { getBoard } from '../../db/queries/innovations';
import { overallProgress, type StageProgress } from '../../domain/stage-progress';
import type { StageKey } from '../../domain/stages';
import { InnovationNotFound } from '../components/innovations/InnovationNotFound';
import { MissingStageCard, StageCard } from '../components/innovations/StageCard';
import { StageStepper } from '../components/innovations/StageStepper';
import { Link } from '../components/Link';
import { ProgressBar } from '../components/ProgressBar';
import { useLiveQuery } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import '../components/innovations/board.css';

export function StageBoardPage({ id }: { id: string }) {
  const t = useT();
  const board = useLiveQuery(() => getBoard(id), [id]);
  const [selected, setSelected] = useState<StageKey | null>(null);

  if (board === undefined) return <p class="muted">{t('loading')}</p>;
  if (board === null) return <InnovationNotFound />;
  const { innovation, unit, stages } = board;
  const rows = stages.map((s) => s.row).filter((r): r is StageProgress => r !== undefined);
  const percent = Math.round(overallProgress(rows) * 100);
  const current = innovation.currentStage;

  const select = (stage: StageKey) => {
    setSelected(stage);
    const card = document.getElementById(`stage-${stage}`);
    card?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    document.getElementById(`stage-${stage}-title`)?.focus({ preventScroll: true });
  };

  return (
    <div class="board-page">
      <header class="page-header board-header">
        <div class="page-header__main">
          <Link href={paths.unit(unit.id)} class="page-header__back">
            ← {unit.name}
          </Link>
          <p class="board-header__eyebrow">{t('board.title')}</p>
          <h1>
            <Link href={paths.innovation(innovation.id)} data-testid="editor-link">
              {innovation.name.trim() || t('innovations.untitled')}
            </Link>
          </h1>
        </div>
        <div class="board-header__summary">
          <ProgressBar value={percent / 100} label={t('board.overall', { percent: String(percent) })} />
          <p data-testid="board-current-stage">
            <span class="badge">{t('board.currentStage', { stage: t(`stage.${current}`) })}</span>
          </p>
        </div>
      </header>
      <StageStepper stages={stages} current={current} selected={selected} onSelect={select} />
      <div class="board-stages">
        {stages.map(({ stage, row }) => {
          const props = {
            innovationId: innovation.id,
            currentStage: current,
            stage,
            selected: selected === stage,
          };
          return row ? (
            <StageCard key={stage} row={row} {...props} />
          ) : (
            <MissingStageCard key={stage} {...props} />
          );
        })}
      </div>
    </div>
  );
}
