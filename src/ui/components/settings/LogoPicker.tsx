import { useState } from 'preact/hooks';
import type { ErrorCode } from '../../../domain/validation';
import { useT } from '../../hooks/use-t';
import { logoFromFile } from './logo-image';

/**
 * The logo: a preview, "Pilih logo"/"Ganti logo" (any picture, made small on this device before
 * it is stored) and "Hapus logo". Read-only viewers see the preview alone.
 */
export function LogoPicker({
  logo,
  editable,
  error,
  onChange,
}: {
  logo: string;
  editable: boolean;
  error?: ErrorCode | undefined;
  onChange: (logo: string) => void;
}) {
  const t = useT();
  const [phase, setPhase] = useState<
    { kind: 'idle' } | { kind: 'reading' } | { kind: 'failed'; name: string }
  >({
    kind: 'idle',
  });
  const pick = async (file: File) => {
    setPhase({ kind: 'reading' });
    try {
      onChange(await logoFromFile(file));
      setPhase({ kind: 'idle' });
    } catch {
      setPhase({ kind: 'failed', name: file.name });
    }
  };
  return (
    <div class="logo-picker">
      <p class="logo-picker__label">{t('clinic.logo.label')}</p>
      <div class="logo-picker__row">
        {logo ? (
          <img
            class="logo-picker__preview"
            src={logo}
            alt={t('clinic.logo.alt')}
            data-testid="logo-preview"
          />
        ) : (
          <p class="muted logo-picker__none">{t('clinic.logo.none')}</p>
        )}
        {editable && (
          <div class="logo-picker__actions">
            <label
              class={`btn btn--secondary logo-picker__file${phase.kind === 'reading' ? ' logo-picker__file--busy' : ''}`}
            >
              <input
                type="file"
                accept="image/png,image/jpeg,image/*"
                class="visually-hidden"
                data-testid="logo-file"
                disabled={phase.kind === 'reading'}
                onChange={(e) => {
                  const input = e.currentTarget;
                  const file = input.files?.[0];
                  input.value = ''; // choosing the same file again must work again
                  if (file) void pick(file);
                }}
              />
              {logo ? t('clinic.logo.change') : t('clinic.logo.choose')}
            </label>
            {logo && (
              <button type="button" class="btn btn--secondary" onClick={() => onChange('')}>
                {t('clinic.logo.remove')}
              </button>
            )}
          </div>
        )}
      </div>
      {editable && <p class="muted logo-picker__hint">{t('clinic.logo.hint')}</p>}
      {phase.kind === 'reading' && <p role="status">{t('clinic.logo.reading')}</p>}
      {phase.kind === 'failed' && (
        <p class="field__error" role="alert">
          {t('clinic.logo.unreadable', { name: phase.name })}
        </p>
      )}
      {error && (
        <p class="field__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
    </div>
  );
}
