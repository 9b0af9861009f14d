/**
 * Built-in defaults shown in the chosen language (issue 13: in English the default 5D checklist
 * items and the urusan pemerintahan were shown in Indonesian). Records keep what was stored; only
 * text that is still one of the app's own Indonesian defaults is translated on display.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../src/domain/stage-progress';
import { DEFAULT_CHECKLISTS, STAGES } from '../../src/domain/stages';
import { URUSAN } from '../../src/domain/urusan';
import { type MessageKey, translate } from '../../src/i18n';
import { checklistLabel, urusanLabel } from '../../src/i18n/data-labels';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';
import { useUi } from '../../src/state/ui-store';
import { Checklist } from '../../src/ui/components/innovations/Checklist';
import { UrusanLainField } from '../../src/ui/components/innovations/UrusanLainField';

const tEn = (key: MessageKey) => translate('en', key);
const tId = (key: MessageKey) => translate('id', key);

afterEach(() => useUi.setState({ lang: 'id' }));

describe('default wording in the catalogues', () => {
  it('the Indonesian catalogue holds exactly the domain defaults, and English translates each', () => {
    for (const stage of STAGES) {
      DEFAULT_CHECKLISTS[stage].forEach((label, i) => {
        const key = `checklist.${stage}.${i}` as keyof typeof id;
        expect(id[key]).toBe(label);
        expect(en[key]).not.toBe(label);
      });
    }
    for (const [i, u] of URUSAN.entries()) expect(id[`urusan.${i}` as keyof typeof id]).toBe(u);
    const count = (prefix: string) => Object.keys(id).filter((k) => k.startsWith(prefix)).length;
    expect(count('urusan.')).toBe(URUSAN.length);
    expect(count('checklist.')).toBe(STAGES.reduce((n, s) => n + DEFAULT_CHECKLISTS[s].length, 0));
  });
});

describe('checklistLabel and urusanLabel', () => {
  it('translate a stored Indonesian default, also one saved with stray spaces on an older device', () => {
    expect(checklistLabel(tEn, 'Kick-off diselenggarakan')).toBe('Kick-off held');
    expect(checklistLabel(tEn, ' Peluncuran ')).toBe('Launch');
    expect(checklistLabel(tId, 'Kick-off diselenggarakan')).toBe('Kick-off diselenggarakan');
    expect(urusanLabel(tEn, 'Kesehatan')).toBe('Health');
    expect(urusanLabel(tId, 'Kesehatan')).toBe('Kesehatan');
  });

  it('show what the person typed or edited as stored, in either language', () => {
    expect(checklistLabel(tEn, 'Kick-off diselenggarakan bersama camat')).toBe(
      'Kick-off diselenggarakan bersama camat',
    );
    expect(checklistLabel(tEn, 'Rapat warga')).toBe('Rapat warga');
    expect(urusanLabel(tEn, 'Urusan lain')).toBe('Urusan lain');
  });
});

const items: ChecklistItem[] = [
  { id: 'a', label: 'Kick-off diselenggarakan', done: false, doneDate: '' },
  { id: 'b', label: 'Komitmen pimpinan tercatat oleh camat', done: false, doneDate: '' },
];

describe('on screen in English', () => {
  it('the checklist shows a default item in English and an edited one as stored', () => {
    useUi.setState({ lang: 'en' });
    const changes: ChecklistItem[][] = [];
    render(
      <Checklist items={items} onChange={(i) => changes.push(i)} onTick={() => {}} onRemove={() => {}} />,
    );
    expect(screen.getByLabelText('Kick-off held')).toBeTruthy();
    expect(screen.getByLabelText('Komitmen pimpinan tercatat oleh camat')).toBeTruthy();
    expect(screen.queryByLabelText('Kick-off diselenggarakan')).toBeNull();
    // Opening the editor alone changes nothing stored.
    fireEvent.click(screen.getByRole('button', { name: 'Edit item: Kick-off held' }));
    expect((screen.getByRole('textbox', { name: 'Item name' }) as HTMLInputElement).value).toBe(
      'Kick-off held',
    );
    expect(changes).toEqual([]);
  });

  it('the urusan chips and picker show English names', () => {
    useUi.setState({ lang: 'en' });
    render(<UrusanLainField primary="Pendidikan" value={['Kesehatan']} onChange={() => {}} />);
    expect(within(screen.getByTestId('urusan-lain')).getByText('Health')).toBeTruthy();
    const picker = screen.getByRole('combobox') as HTMLSelectElement;
    const labels = [...picker.options].map((o) => o.textContent);
    expect(labels).toContain('Tourism');
    expect(labels).not.toContain('Pariwisata');
    expect([...picker.options].map((o) => o.value)).toContain('Pariwisata');
  });
});
