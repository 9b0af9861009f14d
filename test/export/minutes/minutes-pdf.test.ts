import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { type ClinicIdentity, EMPTY_CLINIC_IDENTITY } from '../../../src/domain/clinic-identity';
import { minutesContent } from '../../../src/export/minutes/minutes-content';
import { buildMinutesPdf } from '../../../src/export/minutes/minutes-pdf';
import { pdfSafe } from '../../../src/export/minutes/pdf-text';
import { type Lang, type MessageKey, type Params, translate } from '../../../src/i18n';
import { ATTENDEES, MINUTES } from './sample';

const t = (lang: Lang) => (key: MessageKey, params?: Params) => translate(lang, key, params);
const NOW = new Date('2026-12-04T05:00:00Z');
const IDENTITY: ClinicIdentity = {
  regionName: 'Kota Pontianak',
  place: '',
  clinicName: 'Klinik Inovasi Kota Pontianak',
  agencyName: 'Bapperida Kota Pontianak',
  logo: '',
};

function pdfOf(identity = IDENTITY, lang: Lang = 'id', data = MINUTES) {
  const content = minutesContent(data, identity, lang, t(lang), NOW);
  return Buffer.from(buildMinutesPdf(jsPDF, content, { compress: false })).toString('latin1');
}

/** The text an uncompressed jsPDF file shows: its `(…) Tj` strings, joined by spaces. */
function shownText(pdf: string): string {
  return [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)]
    .map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'))
    .join(' ')
    .replace(/\s+/g, ' ');
}

const pages = (pdf: string) => pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe('the minutes PDF made on the device', () => {
  it('is a PDF with the letterhead, unit, attendees and signing line', () => {
    const pdf = pdfOf();
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const text = shownText(pdf);
    for (const line of ['Bapperida Kota Pontianak', 'Klinik Inovasi Kota Pontianak', 'Kota Pontianak']) {
      expect(text).toContain(line);
    }
    expect(text).toContain('NOTULEN SESI PENDAMPINGAN INOVASI');
    expect(text).toContain('Dinas Kesehatan (OPD)');
    expect(text).toContain('Jumat, 4 Desember 2026');
    for (const [name, nip, position] of ATTENDEES) {
      expect(text).toContain(name);
      expect(text).toContain(position);
      if (nip) expect(text).toContain(nip);
    }
    for (const line of MINUTES.session.findings.split('\n')) expect(text).toContain(line);
    for (const f of MINUTES.followUps) expect(text).toContain(f.text);
    expect(text).toContain('Pontianak, 4 Desember 2026');
    expect(text).toContain('Dr. Rina Marlina, M.Si.');
    expect(text).toContain('Andi Saputra, S.T., M.PA.');
    expect(text).toContain('Jumat, 25 Desember 2026');
  });

  it('fits a session of eight attendees and two facilitators on one A4 page', () => {
    expect(pages(pdfOf())).toBe(1);
    expect(pages(pdfOf(IDENTITY, 'en'))).toBe(1);
  });

  it('flows a very long session onto more pages instead of cutting it', () => {
    const long = 'Temuan lapangan yang panjang sekali dan perlu dicatat lengkap. '.repeat(120);
    const data = { ...MINUTES, session: { ...MINUTES.session, findings: long } };
    const pdf = pdfOf(IDENTITY, 'id', data);
    expect(pages(pdf)).toBeGreaterThan(1);
    expect(shownText(pdf)).toContain('Kunjungan berikutnya');
  });

  it('writes English with English dates, and just the date when the clinic has no place', () => {
    expect(shownText(pdfOf(IDENTITY, 'en'))).toContain('Pontianak, 4 December 2026');
    const content = minutesContent(MINUTES, EMPTY_CLINIC_IDENTITY, 'id', t('id'), NOW);
    expect(content.signatures.date).toBe('4 Desember 2026');
    const text = shownText(pdfOf(EMPTY_CLINIC_IDENTITY));
    expect(text).toContain('NIP : 4 Desember 2026 Fasilitator');
    // No identity yet: the app's own name heads the page, as on the printed minutes.
    expect(text).toContain('Klinik Inovasi');
  });

  it('draws a logo from the clinic identity', () => {
    // 1×1 white PNG.
    const logo =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';
    const pdf = pdfOf({ ...IDENTITY, logo });
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
    expect(pages(pdf)).toBe(1);
    // A logo the library cannot read leaves a text-only letterhead, not a failure.
    expect(shownText(pdfOf({ ...IDENTITY, logo: 'data:image/png;base64,AAAA' }))).toContain(
      'Klinik Inovasi Kota Pontianak',
    );
  });
});

describe('pdfSafe', () => {
  it('brings typographic punctuation and foreign letters into Helvetica’s Latin-1', () => {
    expect(pdfSafe('“Ruang” – rapat… ‘A’ — Ibu Ṣalihah\u00a0é')).toBe(
      '"Ruang" - rapat... \'A\' - Ibu Salihah é',
    );
    expect(pdfSafe('标题\u0007')).toBe('??');
  });
});
