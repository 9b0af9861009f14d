/** The notice above a read-only form: "Hanya baca" and who may edit (see read-only.tsx). */
import { useT } from '../hooks/use-t';

/** "Hanya baca" and the sentence naming who may edit. */
export function ReadOnlyNotice({ reason, testId }: { reason: string; testId?: string }) {
  const t = useT();
  return (
    <p class="readonly-notice" data-testid={testId ?? 'readonly-notice'}>
      <span class="badge badge--muted">{t('perm.readOnly')}</span> <span>{reason}</span>
    </p>
  );
}
