/**
 * The clinic's identity as a synced record: one city-wide row (scope GLOBAL_SCOPE, like targets)
 * under the fixed id CLINIC_IDENTITY_ID, which every coordinator device writes to, so two devices
 * setting it offline merge field by field instead of making two identities. The fields are
 * clinic-identity.ts's `ClinicIdentity`, which documents read.
 */
import type { ClinicIdentity } from './clinic-identity';
import type { BaseRecord } from './record';
import { checks, type FieldError, MAX_SHORT_TEXT, type Schema, validateFields } from './validation';

export interface ClinicIdentityRecord extends BaseRecord, ClinicIdentity {}

export type ClinicIdentityFields = ClinicIdentity;

/** The one row's id. */
export const CLINIC_IDENTITY_ID = 'clinic';

/**
 * The stored logo's longest allowed data URL. The device downscales any picture to
 * LOGO_MAX_SIDE_PX before storing it, which keeps a logo well under this; the limit is what
 * the server enforces against a client that skips that step.
 */
export const MAX_LOGO_CHARS = 60_000;

/** The longest side, in pixels, a picked logo is scaled down to before it is stored. */
export const LOGO_MAX_SIDE_PX = 256;

/** Only raster images in base64: an SVG can carry script, and other schemes are not images. */
const LOGO_RE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/** '' (no logo) or a PNG/JPEG data URL within MAX_LOGO_CHARS. */
export function logoCheck(v: unknown): 'invalidChoice' | 'tooLong' | 'required' | null {
  if (typeof v !== 'string') return 'required';
  if (v === '') return null;
  if (v.length > MAX_LOGO_CHARS) return 'tooLong';
  return LOGO_RE.test(v) ? null : 'invalidChoice';
}

export const clinicIdentitySchema: Schema<ClinicIdentityFields> = {
  regionName: checks.optionalText(MAX_SHORT_TEXT),
  place: checks.optionalText(MAX_SHORT_TEXT),
  clinicName: checks.optionalText(MAX_SHORT_TEXT),
  agencyName: checks.optionalText(MAX_SHORT_TEXT),
  logo: logoCheck,
};

export const validateClinicIdentity = (patch: Partial<ClinicIdentityFields>): FieldError[] =>
  validateFields(clinicIdentitySchema, patch);
