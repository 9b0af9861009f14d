import { TABLES } from '../../domain/tables';
import { db as defaultDb, type KlinikDb } from '../schema';

export interface DeviceDataStats {
  /** Units not deleted: the settings screen asks before adding demo data to a device that has some. */
  units: number;
  /** Records stored on this device, deleted ones (kept until synced) excluded. */
  records: number;
  /** Changes waiting in the outbox to be sent to the server. */
  pending: number;
}

/** For the settings screen's storage note; read inside a live query. */
export async function getDeviceDataStats(database: KlinikDb = defaultDb): Promise<DeviceDataStats> {
  const perTable = await Promise.all(
    TABLES.map((table) =>
      database
        .table<{ deleted: boolean }, string>(table)
        .filter((r) => !r.deleted)
        .count(),
    ),
  );
  const units = await database.units.filter((u) => !u.deleted).count();
  return { units, records: perTable.reduce((a, b) => a + b, 0), pending: await database.outbox.count() };
}
