/**
 * What a keystroke costs (issue 12; timed in Chromium by `npm run bench -- --only typing`):
 * text controls carry their schema's limit, so a pasted megabyte is cut by the browser (with a
 * message) instead of being laid out, counted and validated on every key; and a session with
 * hundreds of attendees and follow-ups re-renders only the row typed in.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { newSessionDraft, startSession } from '../../src/db/commands/sessions';
import { createRecord } from '../../src/db/mutations';
import { MAX_FOLLOW_UP_TEXT, newActionItemFields } from '../../src/domain/action-item';
import { uuidv7 } from '../../src/domain/ids';
import { MAX_NIP_TYPED } from '../../src/domain/session';
import { newUnitFields } from '../../src/domain/unit';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../src/domain/validation';
import { ToastHost } from '../../src/ui/components/Toast';
import { InnovationPage } from '../../src/ui/pages/InnovationPage';
import { paths } from '../../src/ui/router';
import { renderApp } from '../helpers/render-app';

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

/** Counts renders of components by function name, through Preact's `diffed` hook. */
const previousDiffed = options.diffed;
let renders = new Map<string, number>();
options.diffed = (vnode: VNode) => {
  const type = vnode.type as { name?: string } | string;
  if (typeof type === 'function') {
    const name = (type as { name: string }).name;
    renders.set(name, (renders.get(name) ?? 0) + 1);
  }
  previousDiffed?.(vnode);
};
afterEach(() => {
  renders = new Map();
});
afterAll(() => {
  options.diffed = previousDiffed;
});

const rows = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
/** The control of the label reading exactly `text` (Testing Library's query is slow on this DOM). */
function byLabelText(text: string): HTMLTextAreaElement {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent === text);
  const el = label && document.getElementById(label.htmlFor);
  if (!(el instanceof HTMLTextAreaElement)) throw new Error(`no textarea labelled ${text}`);
  return el;
}
const control = (label: string, nth = 0) =>
  screen.getAllByLabelText(label)[nth] as HTMLInputElement | HTMLTextAreaElement;

describe('text limits on the controls', () => {
  it('gives every long text of the innovation its schema limit and says when it is reached', async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    const id = await createInnovation({ unitId, name: 'SiCepat' });
    render(
      <>
        <InnovationPage id={id} />
        <ToastHost />
      </>,
    );
    await screen.findByLabelText('Nama inovasi');
    expect(control('Nama inovasi').maxLength).toBe(MAX_SHORT_TEXT);
    const areas = [...document.querySelectorAll('textarea')];
    expect(areas.length).toBeGreaterThanOrEqual(7);
    for (const area of areas) expect(area.maxLength).toBe(MAX_LONG_TEXT);

    const design = control('Uraian rancang bangun dan pokok perubahan');
    expect(screen.queryByTestId('at-limit')).toBeNull();
    // What the browser leaves of a longer paste: exactly the limit.
    fireEvent.input(design, { target: { value: 'a'.repeat(MAX_LONG_TEXT) } });
    const message = await screen.findByTestId('at-limit');
    expect(message.textContent).toBe('Batas 50.000 karakter tercapai: teks yang lebih panjang dipotong.');
    expect(design.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    fireEvent.input(design, { target: { value: 'a'.repeat(MAX_LONG_TEXT - 1) } });
    expect(screen.queryByTestId('at-limit')).toBeNull();
  });
});

describe('a session with many attendees and follow-ups', { timeout: 30_000 }, () => {
  async function bigSession() {
    const unitId = await createRecord(
      'units',
      newUnitFields({ name: 'Puskesmas Sungai Raya', kind: 'uptPuskesmas' }),
    );
    const id = uuidv7();
    const attendees = Array.from({ length: 50 }, (_, i) => ({
      id: uuidv7(),
      name: `Peserta ${i + 1}`,
      nip: '',
      position: '',
      role: '',
    }));
    await startSession(id, { ...newSessionDraft(unitId, 'Rina'), attendees });
    for (let i = 0; i < 20; i++)
      await createRecord(
        'actionItems',
        newActionItemFields({ unitId, sessionId: id, text: `Tindak lanjut ${i + 1}` }),
      );
    renderApp(paths.session(id));
    // Role queries over a thousand controls are slow in jsdom: the rows by their class.
    await waitFor(
      () => {
        expect(rows('.session-attendee')).toHaveLength(50);
        expect(rows('.session-followup')).toHaveLength(20);
      },
      { timeout: 10_000 },
    );
    return id;
  }

  it('renders no attendee or follow-up row for a keystroke in the findings', async () => {
    await bigSession();
    renders = new Map();
    const findings = byLabelText('Temuan');
    fireEvent.input(findings, { target: { value: 'SK tim inovasi belum ada' } });
    expect(findings.value).toBe('SK tim inovasi belum ada');
    expect(renders.get('SessionFields')).toBeGreaterThan(0);
    expect(renders.get('AttendeeRow') ?? 0).toBe(0);
    expect(renders.get('FollowUpEditRow') ?? 0).toBe(0);
  });

  it('renders only the attendee row typed in, and limits its fields', async () => {
    await bigSession();
    const row = within(rows('.session-attendee')[30] as HTMLElement);
    const name = row.getByLabelText('Nama') as HTMLInputElement;
    expect(name.maxLength).toBe(MAX_SHORT_TEXT);
    expect((row.getByLabelText('NIP') as HTMLInputElement).maxLength).toBe(MAX_NIP_TYPED);
    renders = new Map();
    fireEvent.input(name, { target: { value: 'Peserta 101 Siti' } });
    expect(name.value).toBe('Peserta 101 Siti');
    expect(renders.get('AttendeeRow')).toBe(1);
    expect(renders.get('FollowUpEditRow') ?? 0).toBe(0);
    const followUp = within(rows('.session-followup')[0] as HTMLElement);
    expect((followUp.getByLabelText('Apa yang dilakukan') as HTMLInputElement).maxLength).toBe(
      MAX_FOLLOW_UP_TEXT,
    );
  });
});
