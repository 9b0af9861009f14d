import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { loadDemoData } from '../../src/db/demo';
import { createRecord, deleteRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { innovationCompleteness } from '../../src/domain/completeness';
import { STAGES } from '../../src/domain/stages';
import { newUnitFields } from '../../src/domain/unit';
import { useUi } from '../../src/state/ui-store';
import { renderApp } from '../helpers/render-app';
import { emptyStateTitles, textOf } from '../helpers/screen';

const THIS_YEAR = new Date().getFullYear();
const path = () => useUi.getState().path;
/** Select an option. Not fireEvent.change: with preact/compat loaded it fires `input`, which selects ignore. */
const choose = (el: HTMLElement, value: string) => {
  (el as HTMLSelectElement).value = value;
  fireEvent(el, new Event('change', { bubbles: true }));
};
const text = (testid: string) => screen.getByTestId(testid).textContent;

/** Counts straight from the database, independent of the dashboard code. */
async function countsFromDb(kind?: string) {
  const units = (await db.units.toArray()).filter((u) => !u.deleted && (!kind || u.kind === kind));
  const unitIds = new Set(units.map((u) => u.id));
  const innovations = (await db.innovations.toArray()).filter((i) => !i.deleted && unitIds.has(i.unitId));
  const thisYear = innovations.filter((i) => new Date(i.createdAt).getFullYear() === THIS_YEAR);
  const stages = Object.fromEntries(
    STAGES.map((s) => [s, thisYear.filter((i) => i.currentStage === s).length]),
  ) as Record<string, number>;
  const withInnovation = new Set(innovations.map((i) => i.unitId));
  const without = units
    .filter((u) => !withInnovation.has(u.id))
    .map((u) => u.name)
    .sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base', numeric: true }));
  const incomplete = thisYear.filter((i) => innovationCompleteness(i).missing.length > 0).length;
  return { units: units.length, innovations: thisYear.length, stages, without, incomplete };
}

describe('dashboard', () => {
  it('says what to do when there are no units yet', async () => {
    renderApp('/dashboard');
    // The export panel below says the same for its own part.
    await waitFor(() =>
      expect(emptyStateTitles()).toEqual(['Belum ada unit', 'Belum ada data untuk diekspor']),
    );
    expect(screen.getByRole('link', { name: 'Pengaturan → data demo' }).getAttribute('href')).toBe(
      '/settings',
    );
    expect(screen.getByRole('link', { name: 'Unit → tambah unit' }).getAttribute('href')).toBe('/units');
  });

  it('shows the demo city’s funnel, units without innovation and drafts as the database counts them', async () => {
    await loadDemoData();
    renderApp('/dashboard');
    await screen.findByTestId('funnel');
    const expected = await countsFromDb();
    expect(expected.innovations).toBeGreaterThan(0);
    for (const stage of STAGES) expect(text(`funnel-${stage}`)).toBe(String(expected.stages[stage]));
    expect(text('kpi-units')).toContain(String(expected.units));
    expect(text('kpi-innovations')).toContain(String(expected.innovations));
    expect(text('kpi-drafts')).toContain(String(expected.incomplete));
    expect(text('target-proposals')).toBe(String(expected.innovations));
    expect(textOf(screen.getByTestId('target-proposals').parentElement)).toBe(
      `${expected.innovations} dari 100 usulan`,
    );
    const none = within(screen.getByTestId('no-innovation'));
    expect(none.getAllByRole('listitem').map((li) => li.textContent)).toEqual(expected.without.slice(0, 12));
    expect(text('no-innovation-count')).toBe(
      `${expected.without.length} dari ${expected.units} unit belum memiliki inovasi`,
    );
    // Every stage with innovations links to the list behind it, keeping the year.
    const design = screen.getByTestId('funnel-design').closest('a');
    expect(design?.getAttribute('href')).toBe(`/dashboard?year=${THIS_YEAR}&view=stage&stage=design`);
  });

  it('filters by kind through the URL and follows a figure to its list and on to the editor', async () => {
    await loadDemoData();
    renderApp('/dashboard');
    choose(await screen.findByLabelText('Jenis unit'), 'kecamatan');
    await waitFor(() => expect(path()).toBe(`/dashboard?year=${THIS_YEAR}&kind=kecamatan`));
    const expected = await countsFromDb('kecamatan');
    await waitFor(() => expect(text('kpi-units')).toContain(String(expected.units)));
    for (const stage of STAGES) expect(text(`funnel-${stage}`)).toBe(String(expected.stages[stage]));

    const stage = STAGES.find((s) => (expected.stages[s] ?? 0) > 0) ?? 'drumUp';
    const link = screen.getByTestId(`funnel-${stage}`).closest('a');
    if (!link) throw new Error('no link behind the funnel stage');
    fireEvent.click(link);
    await waitFor(() => expect(path()).toContain(`view=stage&stage=${stage}`));
    const drill = within(await screen.findByTestId('drill-down'));
    const units = new Set((await db.units.toArray()).filter((u) => u.kind === 'kecamatan').map((u) => u.id));
    const behind = (await db.innovations.toArray()).filter(
      (i) => !i.deleted && units.has(i.unitId) && i.currentStage === stage,
    );
    expect(drill.getByTestId('drill-count').textContent).toContain(`${behind.length} data`);
    const first = behind[0];
    if (!first) throw new Error('expected an innovation behind the figure');
    expect(drill.getByRole('link', { name: first.name }).getAttribute('href')).toBe(
      `/innovations/${first.id}`,
    );
    fireEvent.click(drill.getByRole('link', { name: 'Kembali ke dasbor' }));
    await waitFor(() => expect(path()).toBe(`/dashboard?year=${THIS_YEAR}&kind=kecamatan`));
    const funnel = await screen.findByTestId('funnel');
    expect(funnel.querySelectorAll('.dash-bars__list > li')).toHaveLength(5); // one bar a 5D stage
  });

  it('follows new writes live and formats numbers the Indonesian way', async () => {
    const unit = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    const other = await createRecord('units', newUnitFields({ name: 'Bappeda', kind: 'opd' }));
    await createRecord('targets', { year: THIS_YEAR, proposalTarget: 1500, onePerAgency: true, notes: '' });
    renderApp(`/dashboard?year=${THIS_YEAR}`);
    await waitFor(() =>
      expect(textOf(screen.getByTestId('target-proposals').parentElement)).toBe('0 dari 1.500 usulan'),
    );
    expect(text('funnel-drumUp')).toBe('0');
    expect(text('no-innovation-count')).toBe('2 dari 2 unit belum memiliki inovasi');
    const id = await createInnovation({ unitId: unit, name: 'SI-ANTRE' });
    await waitFor(() => expect(text('funnel-drumUp')).toBe('1'));
    expect(text('no-innovation-count')).toBe('1 dari 2 unit belum memiliki inovasi');
    expect(screen.getByRole('link', { name: 'SI-ANTRE' }).getAttribute('href')).toBe(`/innovations/${id}`);
    await deleteRecord('units', other);
    await waitFor(() =>
      expect(textOf(screen.getByTestId('no-innovation'))).toContain(
        'Semua unit sudah memiliki minimal satu inovasi.',
      ),
    );
  });

  it('keeps "all years" in the URL, explains the target needs a year, and speaks English', async () => {
    await loadDemoData();
    useUi.setState({ lang: 'en' });
    renderApp('/dashboard?year=all');
    await waitFor(() =>
      expect(textOf(document.getElementById('dash-target-title')?.nextElementSibling)).toBe(
        'Targets are set per year. Choose a year to see the progress.',
      ),
    );
    expect((screen.getByLabelText('Year') as HTMLSelectElement).value).toBe('all');
    expect(textOf(document.getElementById('dash-funnel-title'))).toBe('5D funnel');
    const chart = document.querySelector('svg[role="img"]');
    const chartName = (chart?.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => textOf(document.getElementById(id)));
    expect(chartName[0]).toMatch(/^Mentoring sessions per month/);
  });
});
