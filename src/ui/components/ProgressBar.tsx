import { useT } from '../hooks/use-t';

/** A labelled progress bar; `value` is 0..1. */
export function ProgressBar({ value, label, small }: { value: number; label?: string; small?: boolean }) {
  const t = useT();
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  const text = label ?? t('progress.label', { percent: String(percent) });
  return (
    <div class={`progress${small ? ' progress--small' : ''}`}>
      <div
        class="progress__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={text}
      >
        <div class="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {!small && <span class="progress__text">{text}</span>}
    </div>
  );
}
