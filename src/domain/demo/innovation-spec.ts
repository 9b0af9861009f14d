import type { Bentuk, Inisiator, Jenis } from '../innovation';
import type { StageKey } from '../stages';
import type { Urusan } from '../urusan';

/** The seed of one demo innovation; texts of its IID profile are composed from these phrases. */
export interface DemoInnovationSpec {
  unit: string;
  name: string;
  stage: StageKey;
  urusan: Urusan;
  jenis: Jenis;
  bentuk: Bentuk;
  inisiator: Inisiator;
  /** Who benefits, e.g. "pasien rawat jalan". */
  sasaran: string;
  /** The problem, as a noun phrase: "antrean pendaftaran yang panjang". */
  masalah: string;
  /** The change, as a noun phrase: "pendaftaran daring melalui WhatsApp". */
  solusi: string;
}

export const spec = (
  unit: string,
  name: string,
  stage: StageKey,
  urusan: Urusan,
  kind: [Jenis, Bentuk, Inisiator],
  sasaran: string,
  masalah: string,
  solusi: string,
): DemoInnovationSpec => ({
  unit,
  name,
  stage,
  urusan,
  jenis: kind[0],
  bentuk: kind[1],
  inisiator: kind[2],
  sasaran,
  masalah,
  solusi,
});
