/**
 * An account's full name and NIP (Nomor Induk Pegawai, 18 digits), checked the same way by the
 * server (authoritative, routes/users.ts) and the users form. Both are optional: '' means none.
 * A name is trimmed and its spaces collapsed; one with control characters, bidi overrides or
 * broken UTF-16 is refused rather than cleaned, so what is stored is what the person saw.
 */
import { normalizeNip } from './session';

export const MAX_FULL_NAME_LENGTH = 120;

export type AccountFieldError = 'type' | 'tooLong' | 'invalidChars' | 'noLetters' | 'invalidNip';

export type Checked = { ok: true; value: string } | { ok: false; error: AccountFieldError };

// C0/C1 controls, bidi embeddings/overrides/isolates and marks, lone surrogates.
const FORBIDDEN = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\p{Cs}]/u;
// Spaces, including the invisible ones a name can't be made of alone.
const BLANK = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

export function checkFullName(value: unknown): Checked {
  if (typeof value !== 'string') return { ok: false, error: 'type' };
  // Checked before anything else so a huge string costs no normalisation.
  if (value.length > MAX_FULL_NAME_LENGTH * 4) return { ok: false, error: 'tooLong' };
  if (FORBIDDEN.test(value)) return { ok: false, error: 'invalidChars' };
  const name = value.normalize('NFC').replace(BLANK, ' ').trim();
  if (name.length > MAX_FULL_NAME_LENGTH) return { ok: false, error: 'tooLong' };
  // Only spaces is no name (''); anything else typed, e.g. a zero-width space, needs letters.
  if (value.trim() !== '' && !/\p{L}/u.test(name)) return { ok: false, error: 'noLetters' };
  return { ok: true, value: name };
}

/** '' or exactly 18 digits; spaces as people type them ("19850101 201001 1 001") are dropped. */
export function checkAccountNip(value: unknown): Checked {
  if (typeof value !== 'string') return { ok: false, error: 'type' };
  if (value.length > 40) return { ok: false, error: 'invalidNip' };
  const nip = normalizeNip(value);
  if (nip !== '' && !/^[0-9]{18}$/.test(nip)) return { ok: false, error: 'invalidNip' };
  return { ok: true, value: nip };
}
