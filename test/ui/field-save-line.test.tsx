import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/schema';
import { paths } from '../../src/ui/router';
import { anInnovation, aSession, aUnit } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

const lines = () => screen.queryAllByTestId('field-save-status');
/** The save line that follows `control` inside its field. */
const lineOf = (control: HTMLElement) =>
  control.parentElement?.querySelector<HTMLElement>('[data-testid="field-save-status"]') ?? null;

describe('autosave state under the field being typed in', () => {
  it('session notes: shows under the focused text area, says saved only once stored, moves to the next field', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const id = await aSession(unit, '2025-03-01');
    renderApp(paths.session(id));
    const findings = (await screen.findByLabelText('Temuan')) as HTMLTextAreaElement;
    expect(lines()).toHaveLength(0);

    findings.focus();
    await waitFor(() => expect(lineOf(findings)?.textContent).toBe('Perubahan tersimpan otomatis'));
    expect(lines()).toHaveLength(1);

    fireEvent.input(findings, { target: { value: 'SOP belum ada' } });
    await waitFor(() => expect(lineOf(findings)?.dataset.state).toBe('saving'));
    expect(lineOf(findings)?.textContent).toBe('Menyimpan…');
    await waitFor(() => expect(lineOf(findings)?.dataset.state).toBe('saved'));
    expect(lineOf(findings)?.textContent).toMatch(/^Tersimpan di perangkat ini · /);
    // "Saved" means IndexedDB holds it.
    expect((await db.mentoringSessions.get(id))?.findings).toBe('SOP belum ada');

    // Leaving for a button keeps it (no layout shift under the press); the next field takes it.
    findings.blur();
    expect(lineOf(findings)).not.toBeNull();
    const recommendations = screen.getByLabelText('Rekomendasi');
    recommendations.focus();
    await waitFor(() => expect(lineOf(recommendations)).not.toBeNull());
    expect(lineOf(findings)).toBeNull();
    expect(lines()).toHaveLength(1);
  }, 20_000);

  it('innovation profile: under the rancang bangun while it is typed, one line at a time', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const id = await anInnovation(unit, 'SIPANDU');
    renderApp(paths.innovation(id));
    const design = await screen.findByLabelText('Uraian rancang bangun dan pokok perubahan');
    design.focus();
    fireEvent.input(design, { target: { value: 'Layanan antar jemput dokumen kependudukan.' } });
    await waitFor(() => expect(lineOf(design)?.dataset.state).toBe('saved'));
    const name = screen.getByLabelText('Nama inovasi');
    design.blur();
    name.focus();
    await waitFor(() => expect(lineOf(name)).not.toBeNull());
    expect(lineOf(design)).toBeNull();
    expect(lines()).toHaveLength(1);
  }, 20_000);

  it('outside an autosaved form (the add follow-up form) shows no line', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const id = await aSession(unit, '2025-03-01');
    renderApp(paths.session(id));
    const what = await screen.findByLabelText('Apa yang dilakukan');
    what.focus();
    fireEvent.input(what, { target: { value: 'Susun SK' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines()).toHaveLength(0);
  }, 20_000);
});
