import { describe, expect, it } from 'vitest';
import { countWords, RANCANG_BANGUN_MIN_WORDS } from '../../src/domain/words';

describe('countWords', () => {
  it('counts nothing in empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('— … ; , .')).toBe(0);
  });

  it('counts Indonesian words across spaces, newlines and punctuation', () => {
    expect(countWords('Pelayanan publik yang cepat, mudah, dan terjangkau.')).toBe(7);
    expect(countWords('Dasar hukum.\n\nPermasalahan:  antrean panjang!')).toBe(5);
  });

  it('counts a hyphenated word or reduplication once', () => {
    expect(countWords('Perekaman e-KTP untuk lansia')).toBe(4);
    expect(countWords('anak-anak dan ibu-ibu')).toBe(3);
    expect(countWords('dan/atau')).toBe(1);
    expect(countWords('layanan 24/7')).toBe(2);
  });

  it('counts numbers as words', () => {
    expect(countWords('Undang-Undang Nomor 23 Tahun 2014')).toBe(5);
    expect(countWords('naik 35 % dalam 2 bulan')).toBe(5);
    expect(countWords('anggaran Rp1.500.000')).toBe(2);
  });

  it('counts accented and non-Latin letters', () => {
    expect(countWords('café naïve façade')).toBe(3);
  });

  it('keeps the IID minimum at 300 words', () => {
    expect(RANCANG_BANGUN_MIN_WORDS).toBe(300);
    expect(countWords(Array.from({ length: 300 }, (_, i) => `kata${i}`).join(' '))).toBe(300);
  });
});
