/** Read side of the targets screen; the figures are domain/queries/targets. */
import { type TargetOverview, targetOverview } from '../../domain/queries/targets';
import { db as defaultDb, type KlinikDb } from '../schema';

export async function getTargetOverview(
  year: number,
  database: KlinikDb = defaultDb,
): Promise<TargetOverview> {
  const [targets, units, innovations] = await Promise.all([
    database.targets.where('year').equals(year).toArray(),
    database.units.toArray(),
    database.innovations.toArray(),
  ]);
  return targetOverview(year, targets, units, innovations);
}
