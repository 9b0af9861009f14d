/**
 * A field's hint and its error never say the same sentence twice (issue 13: the new-account form
 * showed "3–40 karakter: huruf kecil…" as hint and "Nama pengguna 3–40 karakter: huruf kecil…" as
 * error, one under the other). Account errors restate the rule, so they take the hint's place.
 */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { newUnitFields, type Unit } from '../../src/domain/unit';
import { translate } from '../../src/i18n';
import { PersonFields } from '../../src/ui/components/users/PersonFields';
import { PlainField } from '../../src/ui/components/users/PlainField';
import { UnitPicker } from '../../src/ui/components/users/UnitPicker';

/** Every sentence shown under a field, hints and errors together, by field. */
function sentencesPerField(): string[][] {
  return [...document.querySelectorAll('.field, fieldset')].map((field) =>
    [...field.querySelectorAll('.field__hint, .field__error')]
      .flatMap((el) => (el.textContent ?? '').split(/(?<=\.)\s+/))
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}
/** No shown sentence repeats, or is contained in, another one under the same field. */
function repeats(): string[] {
  return sentencesPerField().flatMap((list) =>
    list.flatMap((a, i) =>
      list.filter((b, j) => i !== j && (a.includes(b) || b.includes(a))).map((b) => `${a} ~ ${b}`),
    ),
  );
}

const t = (key: Parameters<typeof translate>[1]) => translate('id', key);

describe('hint and error under one field', () => {
  it('the username error takes the place of the hint that says the same rule', () => {
    const { rerender } = render(
      <PlainField label="Nama pengguna" value="" onInput={() => {}} hint={t('users.username.hint')} />,
    );
    const input = screen.getByLabelText('Nama pengguna');
    expect(screen.getByText(t('users.username.hint'))).toBeTruthy();
    rerender(
      <PlainField
        label="Nama pengguna"
        value="X"
        onInput={() => {}}
        hint={t('users.username.hint')}
        error={t('users.error.usernameFormat')}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(t('users.error.usernameFormat'));
    expect(screen.queryByText(t('users.username.hint'))).toBeNull();
    expect(input.getAttribute('aria-describedby')).toMatch(/-error$/);
    expect(repeats()).toEqual([]);
  });

  it('the password and NIP fields show one sentence of their rule at a time', () => {
    render(
      <>
        <PlainField
          label="Kata sandi"
          value="x"
          onInput={() => {}}
          hint={t('users.password.hint')}
          error={t('users.error.passwordShort')}
        />
        <PersonFields
          fullName=""
          nip="12"
          onFullName={() => {}}
          onNip={() => {}}
          fullNameProblem={null}
          nipProblem="nipFormat"
        />
      </>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(repeats()).toEqual([]);
  });

  it('the unit picker drops its "required" hint while its error says so, keeping the count', () => {
    const units = [
      { ...newUnitFields({ name: 'Puskesmas Sukamaju', kind: 'uptPuskesmas' }), id: 'u1' } as Unit,
    ];
    render(
      <UnitPicker units={units} value={[]} onChange={() => {}} error={t('users.error.unitsRequired')} />,
    );
    const group = screen.getByRole('group');
    expect(group.textContent).not.toContain(t('users.units.hint'));
    expect(group.textContent).toContain('0 unit dipilih');
    expect(repeats()).toEqual([]);
  });
});

describe('hints and the shared fields’ errors (fields.tsx shows both at once)', () => {
  it('no hint repeats or contains an error message of the shared fields, in either language', async () => {
    const { id } = await import('../../src/i18n/id');
    const { en } = await import('../../src/i18n/en');
    const found: string[] = [];
    for (const catalogue of [id, en] as Record<string, string>[]) {
      const hints = Object.entries(catalogue).filter(([k]) => /hint/i.test(k));
      const errors = Object.entries(catalogue).filter(([k]) => k.startsWith('error.'));
      for (const [hk, h] of hints)
        for (const [ek, e] of errors) {
          const [a, b] = [h.toLowerCase().replace(/\.$/, ''), e.toLowerCase().replace(/\.$/, '')];
          // A one- or two-word error ("Required.") may well occur inside a longer hint.
          const shorter = a.length < b.length ? a : b;
          if (shorter.split(' ').length >= 3 && (a.includes(b) || b.includes(a))) found.push(`${hk} ~ ${ek}`);
        }
    }
    expect(found).toEqual([]);
  });
});
