/**
 * The clinic's identity on a printed document: a letterhead with the logo and the agency, clinic
 * and region names, and the place-and-date line ("Pontianak, 4 Desember 2026"). Without an
 * identity the document keeps its plain letterhead (the app's name, the unit's parent agency).
 */
import type { ClinicIdentity } from '../../../domain/clinic-identity';
import { signingPlace } from '../../../domain/clinic-identity';
import { useLang } from '../../hooks/use-t';
import { formatLongDate, Letterhead } from './print-parts';
import './clinic-letterhead.css';

/** The letterhead's lines, top to bottom, leaving out what is not set. */
export function identityLines(identity: ClinicIdentity): string[] {
  return [identity.agencyName, identity.clinicName, identity.regionName].map((s) => s.trim()).filter(Boolean);
}

export function ClinicLetterhead({
  identity,
  agency,
  title,
}: {
  identity: ClinicIdentity;
  /** The plain letterhead's agency line, used when no identity is set. */
  agency: string;
  title: string;
}) {
  const lines = identityLines(identity);
  if (lines.length === 0 && !identity.logo) return <Letterhead agency={agency} title={title} />;
  return (
    <header class={identity.logo ? 'doc__head doc__head--logo' : 'doc__head'} data-testid="clinic-letterhead">
      {identity.logo && <img class="doc__logo" src={identity.logo} alt="" />}
      <div class="doc__head-text">
        {lines.map((line, n) => (
          <p key={line} class={n === 0 ? 'doc__org' : 'doc__agency'}>
            {line}
          </p>
        ))}
      </div>
      <h1 class="doc__title">{title}</h1>
    </header>
  );
}

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
