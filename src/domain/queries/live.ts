import { byName } from '../collate';

/** The live records among `rows`, by name (Indonesian collation): what every choice list offers. */
export function liveByName<T extends { name: string; deleted: boolean }>(rows: readonly T[]): T[] {
  return rows.filter((r) => !r.deleted).sort(byName);
}
