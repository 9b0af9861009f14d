import type { Rng } from './random';

/** A fictional civil servant or community member of Kota Sukamaju. */
export interface DemoPerson {
  name: string;
  /** 18-digit NIP for civil servants, '' for community members. */
  nip: string;
  position: string;
}

/** Facilitators of the clinic: a few fixed names so sessions can be grouped by facilitator. */
export const DEMO_FACILITATORS = [
  'Dr. Rina Marlina, M.Si.',
  'Andi Saputra, S.T., M.PA.',
  'Siti Nurhaliza, S.Sos.',
  'Yoga Pratama, S.IP.',
] as const;

const FEMALE = [
  'Ani',
  'Dewi',
  'Eka',
  'Fitri',
  'Indah',
  'Lilis',
  'Mega',
  'Nurul',
  'Putri',
  'Rahmi',
  'Sri',
  'Tuti',
  'Wulan',
  'Yanti',
];
const MALE = [
  'Ahmad',
  'Budi',
  'Cecep',
  'Dadang',
  'Eko',
  'Fikri',
  'Gilang',
  'Hadi',
  'Irfan',
  'Joko',
  'Rizal',
  'Taufik',
  'Wahyu',
  'Yusuf',
];
const FAMILY = [
  'Gunawan',
  'Hidayat',
  'Kusuma',
  'Lestari',
  'Maulana',
  'Nugraha',
  'Permana',
  'Rahayu',
  'Ramadhan',
  'Santoso',
  'Setiawati',
  'Suherman',
  'Wibowo',
  'Wijayanti',
];

const COMMUNITY_ROLES = ['Kader Posyandu', 'Ketua RW 05', 'Tokoh masyarakat', 'Perwakilan mahasiswa magang'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * NIP layout: birth date (8 digits), appointment year and month (6), sex (1 = male, 2 = female),
 * serial (3) — 18 digits in all.
 */
export function demoNip(rng: Rng, female: boolean): string {
  const birthYear = rng.int(1968, 1996);
  const birth = `${birthYear}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}`;
  const appointed = `${Math.min(birthYear + rng.int(22, 28), 2022)}${pad(rng.int(1, 12), 2)}`;
  return `${birth}${appointed}${female ? 2 : 1}${pad(rng.int(1, 40), 3)}`;
}

export function demoCivilServant(rng: Rng, positions: readonly string[]): DemoPerson {
  const female = rng.next() < 0.5;
  const name = `${rng.pick(female ? FEMALE : MALE)} ${rng.pick(FAMILY)}`;
  return { name, nip: demoNip(rng, female), position: rng.pick(positions) };
}

export function demoCommunityMember(rng: Rng): DemoPerson {
  const female = rng.next() < 0.5;
  return {
    name: `${rng.pick(female ? FEMALE : MALE)} ${rng.pick(FAMILY)}`,
    nip: '',
    position: rng.pick(COMMUNITY_ROLES),
  };
}

/** A unit's staff: distinct names, the first one leads the innovation team. */
export function demoStaff(rng: Rng, positions: readonly string[], size: number): DemoPerson[] {
  const staff: DemoPerson[] = [];
  while (staff.length < size) {
    const person = demoCivilServant(rng, positions);
    if (!staff.some((p) => p.name === person.name)) staff.push(person);
  }
  return staff;
}
