/**
 * The unit report's place-and-date line ("Pontianak, 4 Desember 2026") from the clinic's
 * identity. The letterhead itself is print-parts' `Letterhead`, shared with the minutes.
 */
import type { ClinicIdentity } from '../../../domain/clinic-identity';
import { signingPlace } from '../../../domain/clinic-identity';
import { useLang } from '../../hooks/use-t';
import { formatLongDate } from './print-parts';

/** "Pontianak, 4 Desember 2026"; nothing when the identity names no place. */
export function SigningLine({ identity, date }: { identity: ClinicIdentity; date: string }) {
  const lang = useLang();
  const place = signingPlace(identity);
  if (!place) return null;
  return (
    <p class="doc__signing-line" data-testid="signing-line">
      {place}, {formatLongDate(lang, date, false)}
    </p>
  );
}
