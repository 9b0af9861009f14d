import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MinutesDocument } from '../../../src/ui/components/export/MinutesDocument';
import { MINUTES } from './sample';

const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';
const IDENTITY = {
  regionName: 'Kota Pontianak',
  place: '',
  clinicName: 'Klinik Inovasi Kota Pontianak',
  agencyName: 'Bapperida Kota Pontianak',
  logo: LOGO,
};

describe('the printed minutes with the clinic identity', () => {
  it('heads the page with the logo, agency, clinic and region, and signs "Pontianak, <date>"', () => {
    render(<MinutesDocument data={MINUTES} identity={IDENTITY} now={new Date('2026-12-04T05:00:00Z')} />);
    const doc = screen.getByTestId('minutes-document');
    const head = doc.querySelector('header.doc__head');
    if (!(head instanceof HTMLElement)) throw new Error('no letterhead');
    expect(head.querySelector('img')?.getAttribute('src')).toBe(LOGO);
    expect([...head.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Bapperida Kota Pontianak',
      'Klinik Inovasi Kota Pontianak',
      'Kota Pontianak',
    ]);
    expect(within(doc).getByRole('rowheader', { name: 'Unit kerja' }).nextElementSibling?.textContent).toBe(
      'Dinas Kesehatan (OPD)',
    );
    expect(doc.querySelector('.doc__sign-date')?.textContent).toBe('Pontianak, 4 Desember 2026');
    // Two facilitators sign side by side under the one date line.
    expect(doc.querySelectorAll('.doc__sign-row .doc__sign-block')).toHaveLength(2);
  });

  it('leaves the place out of the signing line when the clinic has none', () => {
    const identity = { ...IDENTITY, regionName: '', logo: '' };
    render(<MinutesDocument data={MINUTES} identity={identity} now={new Date()} />);
    const doc = screen.getByTestId('minutes-document');
    expect(doc.querySelector('.doc__sign-date')?.textContent).toBe('4 Desember 2026');
    expect(doc.querySelector('header img')).toBeNull();
  });
});
