/**
 * The clinic's identity on the unit report (issue 13): the letterhead carries the logo and the
 * agency, clinic and region names, and the report ends with the place-and-date line. Without an
 * identity it keeps the plain letterhead and no place line.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { editClinicIdentity } from '../../src/db/commands/clinic-identity';
import { localToday } from '../../src/domain/dates';
import { DEMO_LOGO } from '../../src/domain/demo/logo';
import { formatLongDate } from '../../src/ui/components/export/print-parts';
import { paths } from '../../src/ui/router';
import { aUnit } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';
import { textOf } from '../helpers/screen';

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('unit report with the clinic identity', () => {
  it('heads the report with the logo and names, and ends it with the place and date', async () => {
    const unitId = await aUnit('Kelurahan Sungai Jawi', {
      kind: 'kelurahan',
      parentAgency: 'Kecamatan Pontianak Kota',
    });
    await editClinicIdentity({
      regionName: 'Kota Pontianak',
      clinicName: 'Klinik Inovasi Kota Pontianak',
      agencyName: 'Bapperida Kota Pontianak',
      logo: DEMO_LOGO,
    });
    renderApp(paths.unitReport(unitId));
    const doc = await screen.findByTestId('report-document');
    const head = await within(doc).findByTestId('clinic-letterhead');
    expect([...head.querySelectorAll('p')].map(textOf)).toEqual([
      'Bapperida Kota Pontianak',
      'Klinik Inovasi Kota Pontianak',
      'Kota Pontianak',
    ]);
    expect(head.querySelector('img')?.getAttribute('src')).toBe(DEMO_LOGO);
    expect(within(head).getByRole('heading', { level: 1 }).textContent).toBe(
      'Laporan kemajuan inovasi unit kerja',
    );
    expect(textOf(within(doc).getByTestId('signing-line'))).toBe(
      `Pontianak, ${formatLongDate('id', localToday(), false)}`,
    );
  });

  it('keeps the plain letterhead and no place line while no identity is set', async () => {
    const unitId = await aUnit('Dinas Baru', { parentAgency: 'Sekretariat Daerah' });
    renderApp(paths.unitReport(unitId));
    const doc = await screen.findByTestId('report-document');
    await waitFor(() => expect(doc.querySelector('.doc__agency')?.textContent).toBe('Sekretariat Daerah'));
    expect(within(doc).queryByTestId('clinic-letterhead')).toBeNull();
    expect(within(doc).queryByTestId('signing-line')).toBeNull();
  });
});
