import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { DemoCounts } from '../../../db/demo';
import type { DeviceDataStats } from '../../../db/queries/device-stats';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';

type Phase =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'loading' }
  | { kind: 'done'; counts: DemoCounts }
  | { kind: 'failed' };

/**
 * "Muat data demo". On a device that already has units it asks first (inline, no browser
 * dialog), because the demo is added to the real data and would be synced with it. The load
 * is one transaction, so a failure leaves nothing half-written.
 */
export function DemoSection({ stats }: { stats: DeviceDataStats | undefined }) {
  const t = useT();
  const headingId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (phase.kind === 'confirm') confirmRef.current?.focus();
  }, [phase.kind]);

  const load = async () => {
    setPhase({ kind: 'loading' });
    try {
      // The demo generator (long Indonesian texts) loads only when asked for, not on the first screen.
      const { loadDemoData } = await import('../../../db/demo');
      setPhase({ kind: 'done', counts: await loadDemoData() });
    } catch {
      setPhase({ kind: 'failed' });
    }
  };
  const start = () => {
    if (stats && stats.units > 0) setPhase({ kind: 'confirm' });
    else void load();
  };
  const busy = phase.kind === 'loading';

  return (
    <section class="card" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId}>{t('settings.demo.title')}</h2>
      <p>{t('settings.demo.body')}</p>
      {phase.kind === 'confirm' && stats ? (
        <div class="panel" data-testid="demo-confirm">
          <p class="settings-confirm__text">{t('settings.demo.confirm', { n: stats.units })}</p>
          <div class="actions">
            <button type="button" class="btn" ref={confirmRef} onClick={() => void load()}>
              {t('settings.demo.confirmYes')}
            </button>
            <button type="button" class="btn btn--secondary" onClick={() => setPhase({ kind: 'idle' })}>
              {t('action.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="btn"
          data-testid="load-demo"
          disabled={busy || stats === undefined}
          onClick={start}
        >
          {busy ? t('settings.demo.loading') : t('settings.demo.load')}
        </button>
      )}
      {phase.kind === 'done' && (
        <div class="settings-result settings-result--ok" role="status" data-testid="demo-result">
          <p>
            {t('settings.demo.done', {
              units: phase.counts.units,
              innovations: phase.counts.innovations,
              sessions: phase.counts.mentoringSessions,
              followUps: phase.counts.actionItems,
            })}
          </p>
          <Link href={paths.units()}>{t('settings.demo.openUnits')}</Link>
        </div>
      )}
      {phase.kind === 'failed' && (
        <p class="settings-result settings-result--error" role="alert">
          {t('settings.demo.failed')}
        </p>
      )}
    </section>
  );
}
