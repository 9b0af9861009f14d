import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, deleteRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { localToday } from '../../src/domain/dates';
import type { StageKey } from '../../src/domain/stages';
import { newUnitFields } from '../../src/domain/unit';
import { ToastHost } from '../../src/ui/components/Toast';
import { StageBoardPage } from '../../src/ui/pages/StageBoardPage';
import { emptyStateTitles, fieldError, textOf } from '../helpers/screen';

async function setup() {
  const unitId = await createRecord(
    'units',
    newUnitFields({ name: 'Puskesmas Sungai Raya', kind: 'uptPuskesmas' }),
  );
  const id = await createInnovation({ unitId, name: 'Posyandu Digital' });
  render(
    <>
      <StageBoardPage id={id} />
      <ToastHost />
    </>,
  );
  await screen.findByTestId('stage-card-drumUp');
  return { id };
}

const card = (stage: StageKey) => within(screen.getByTestId(`stage-card-${stage}`));

async function stageRow(id: string, stage: StageKey) {
  const row = await db.stageProgress.where({ innovationId: id, stage }).first();
  if (!row) throw new Error(`no ${stage} row`);
  return row;
}

async function currentStage(id: string) {
  return (await db.innovations.get(id))?.currentStage;
}

/** Picks an option as a browser does; the library's fireEvent.change becomes `input` under preact/compat. */
function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}

const overall = () => screen.getByRole('progressbar', { name: /Kemajuan 5D/ });

// Let Preact's after-paint timers (requestAnimationFrame fallback) run before jsdom is torn down,
// or they fire into a window without cancelAnimationFrame.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));

describe('5D board', () => {
  it('shows the five stages in order with their purpose', async () => {
    await setup();
    const steps = within(screen.getByRole('navigation', { name: 'Tahap-tahap 5D' })).getAllByRole('button');
    expect(steps.map((b) => b.querySelector('.stepper__name')?.textContent)).toEqual([
      'Drum up',
      'Diagnose',
      'Design',
      'Deliver',
      'Display',
    ]);
    expect(steps[0]?.getAttribute('aria-current')).toBe('step');
    expect(steps[0]?.textContent).toContain('0/3 butir');
    expect(textOf(screen.getByTestId('stage-card-design').querySelector('.stage-card__purpose'))).toBe(
      'Mengubah ide terpilih menjadi rencana.',
    );
    expect(screen.getByRole('link', { name: 'Posyandu Digital' }).getAttribute('href')).toMatch(
      /^\/innovations\//,
    );
  });

  it('ticking an item stores done and its date, and the overall progress rises', async () => {
    const { id } = await setup();
    expect(overall().getAttribute('aria-valuenow')).toBe('0');
    fireEvent.click(card('drumUp').getByLabelText('Kick-off diselenggarakan'));
    await waitFor(async () => {
      const item = (await stageRow(id, 'drumUp')).checklist[0];
      expect(item).toMatchObject({ label: 'Kick-off diselenggarakan', done: true, doneDate: localToday() });
    });
    await waitFor(() => expect(Number(overall().getAttribute('aria-valuenow'))).toBeGreaterThan(0));
    expect(screen.getByTestId('step-drumUp').textContent).toContain('1/3 butir');
    // The first tick starts the stage, dated today.
    expect(await stageRow(id, 'drumUp')).toMatchObject({ status: 'inProgress', startDate: localToday() });
    await waitFor(() => expect(screen.getByTestId('step-drumUp').textContent).toContain('Berjalan'));

    fireEvent.click(card('drumUp').getByLabelText('Kick-off diselenggarakan'));
    await waitFor(async () =>
      expect((await stageRow(id, 'drumUp')).checklist[0]).toMatchObject({ done: false, doneDate: '' }),
    );
    await waitFor(() => expect(overall().getAttribute('aria-valuenow')).toBe('0'));
  });

  it('ticking the last item offers to mark the stage done and move on; un-ticking reopens it', async () => {
    const { id } = await setup();
    for (const label of [
      'Kick-off diselenggarakan',
      'Komitmen pimpinan tercatat',
      'Tim inovasi ditetapkan (SK tim)',
    ]) {
      fireEvent.click(card('drumUp').getByLabelText(label));
      await waitFor(async () =>
        expect((await stageRow(id, 'drumUp')).checklist.find((c) => c.label === label)?.done).toBe(true),
      );
    }
    const offer = await screen.findByTestId('stage-offer-drumUp');
    expect(offer.textContent).toContain('Semua butir Drum up sudah dicentang.');
    fireEvent.click(within(offer).getByRole('button', { name: 'Tandai selesai, lanjut ke Diagnose' }));
    await waitFor(async () =>
      expect(await stageRow(id, 'drumUp')).toMatchObject({ status: 'done', endDate: localToday() }),
    );
    await waitFor(() => expect(screen.getByTestId('board-current-stage').textContent).toContain('Diagnose'));
    expect(screen.queryByTestId('stage-offer-drumUp')).toBeNull();

    fireEvent.click(card('drumUp').getByLabelText('Komitmen pimpinan tercatat'));
    await waitFor(async () =>
      expect(await stageRow(id, 'drumUp')).toMatchObject({ status: 'inProgress', endDate: '' }),
    );
    await waitFor(() => expect(screen.getByTestId('board-current-stage').textContent).toContain('Drum up'));
  });

  it('adds, renames and removes checklist items', async () => {
    const { id } = await setup();
    fireEvent.input(card('diagnose').getByLabelText('Butir baru'), {
      target: { value: 'Survei kepuasan warga' },
    });
    fireEvent.click(card('diagnose').getByRole('button', { name: /Tambah butir/ }));
    await waitFor(async () =>
      expect((await stageRow(id, 'diagnose')).checklist.map((c) => c.label)).toContain(
        'Survei kepuasan warga',
      ),
    );
    expect((card('diagnose').getByLabelText('Butir baru') as HTMLInputElement).value).toBe('');

    fireEvent.click(card('diagnose').getByRole('button', { name: 'Ubah butir: Daftar ide inovasi' }));
    fireEvent.input(card('diagnose').getByLabelText('Nama butir'), { target: { value: 'Bank ide inovasi' } });
    await waitFor(async () =>
      expect((await stageRow(id, 'diagnose')).checklist[2]?.label).toBe('Bank ide inovasi'),
    );
    fireEvent.click(card('diagnose').getByRole('button', { name: 'Selesai mengubah' }));
    expect((card('diagnose').getByLabelText('Bank ide inovasi') as HTMLInputElement).type).toBe('checkbox');

    fireEvent.click(card('diagnose').getByRole('button', { name: 'Hapus butir: Daftar masalah disusun' }));
    await waitFor(async () =>
      expect((await stageRow(id, 'diagnose')).checklist.map((c) => c.label)).toEqual([
        'Analisis akar masalah (fishbone / pohon masalah, USG)',
        'Bank ide inovasi',
        'Ide terpilih ditetapkan',
        'Survei kepuasan warga',
      ]),
    );
    fireEvent.click(within(await screen.findByTestId('toast')).getByRole('button', { name: 'Urungkan' }));
    await waitFor(async () =>
      expect((await stageRow(id, 'diagnose')).checklist[0]?.label).toBe('Daftar masalah disusun'),
    );
  });

  it('refuses an empty item label', async () => {
    const { id } = await setup();
    fireEvent.click(card('display').getByRole('button', { name: /Tambah butir/ }));
    expect(fieldError('Butir baru', card('display'))).toBe('Wajib diisi.');
    expect((await stageRow(id, 'display')).checklist).toHaveLength(4);
  });

  it('moves the current stage when a later stage starts, never back', async () => {
    const { id } = await setup();
    choose(card('design').getByLabelText('Status tahap'), 'inProgress');
    await waitFor(async () => expect(await currentStage(id)).toBe('design'));
    await waitFor(async () => expect((await stageRow(id, 'design')).status).toBe('inProgress'));
    await waitFor(() =>
      expect(screen.getAllByText(/^Tahap saat ini: /).map(textOf)).toEqual(['Tahap saat ini: Design']),
    );

    choose(card('drumUp').getByLabelText('Status tahap'), 'inProgress');
    await waitFor(async () => expect((await stageRow(id, 'drumUp')).status).toBe('inProgress'));
    expect(await currentStage(id)).toBe('design');
  });

  it('"Jadikan tahap saat ini" sets the current stage', async () => {
    const { id } = await setup();
    expect(card('drumUp').queryByRole('button', { name: 'Jadikan tahap saat ini' })).toBeNull();
    fireEvent.click(card('deliver').getByRole('button', { name: 'Jadikan tahap saat ini' }));
    await waitFor(async () => expect(await currentStage(id)).toBe('deliver'));
    await waitFor(() =>
      expect(card('deliver').queryByRole('button', { name: 'Jadikan tahap saat ini' })).toBeNull(),
    );
    expect(textOf(screen.getByTestId('stage-card-deliver').querySelector('.stage-card__current'))).toBe(
      'Tahap saat ini',
    );
    expect(screen.getByTestId('step-deliver').getAttribute('aria-current')).toBe('step');
    expect(
      (card('drumUp').getByRole('button', { name: 'Jadikan tahap saat ini' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('offers to create a missing stage row', async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Kelurahan Darat', kind: 'kelurahan' }));
    const id = await createInnovation({ unitId, name: 'Lapor Lurah' });
    const deliver = await db.stageProgress.where({ innovationId: id, stage: 'deliver' }).first();
    await deleteRecord('stageProgress', deliver?.id ?? '');
    render(<StageBoardPage id={id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Buat tahap ini' }));
    const item = await screen.findByLabelText('Uji coba dimulai');
    expect(screen.getByTestId('stage-card-deliver').contains(item)).toBe(true);
    const rows = await db.stageProgress.where({ innovationId: id, stage: 'deliver' }).toArray();
    expect(rows.filter((r) => !r.deleted)).toHaveLength(1);
  });

  it('shows a clear empty state for a deleted innovation', async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    const id = await createInnovation({ unitId, name: 'Hapus saya' });
    await deleteRecord('innovations', id);
    render(<StageBoardPage id={id} />);
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Inovasi tidak ditemukan']));
  });
});
