import { innovationCompleteness } from '../../../domain/completeness';
import type { InnovationFields } from '../../../domain/innovation';
import { RANCANG_BANGUN_MIN_WORDS } from '../../../domain/words';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { ProgressBar } from '../ProgressBar';

/** What the IID profile still lacks, recomputed from what is on screen as the user types. */
export function CompletenessPanel({ values }: { values: InnovationFields }) {
  const t = useT();
  const c = innovationCompleteness(values);
  return (
    <section class="card completeness" aria-labelledby="innovation-completeness" data-testid="completeness">
      <h2 id="innovation-completeness">{t('innovations.completeness.title')}</h2>
      <ProgressBar
        value={c.total === 0 ? 0 : c.done / c.total}
        label={t('innovations.completeness.progress', { done: c.done, total: c.total })}
      />
      {c.missing.length === 0 ? (
        <p class="completeness__done" data-testid="completeness-done">
          ✓ {t('innovations.completeness.done')}
        </p>
      ) : (
        <>
          <p class="completeness__lead">{t('innovations.completeness.missingTitle')}</p>
          <ul class="completeness__missing" data-testid="missing-list">
            {c.missing.map((code) => (
              <li key={code}>
                {code === 'rancangBangun'
                  ? t('innovations.missing.rancangBangun', {
                      n: RANCANG_BANGUN_MIN_WORDS - c.rancangBangunWords,
                    })
                  : t(`innovations.missing.${code}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The innovation's current 5D stage, with the way to the board where it is worked on. */
export function CurrentStagePanel({ id, stage }: { id: string; stage: InnovationFields['currentStage'] }) {
  const t = useT();
  return (
    <section class="card current-stage" aria-labelledby="innovation-stage">
      <h2 id="innovation-stage">{t('innovations.stage.title')}</h2>
      <p class="current-stage__name" data-testid="current-stage">
        <span class="badge">{t(`stage.${stage}`)}</span>
      </p>
      <p class="muted">{t('innovations.stage.hint')}</p>
      <Link href={paths.board(id)} class="btn btn--secondary">
        {t('innovations.boardLink')}
      </Link>
    </section>
  );
}
