import { uuidv7 } from '../domain/ids';
import { createHlc, type Hlc } from '../protocol/hlc';
import type { KlinikDb } from './schema';

/**
 * This device's identity for sync: a client id made once and kept in the database (so it goes
 * away with the data, never outlives it), and a hybrid logical clock seeded from the newest
 * outbox stamp so stamps stay increasing across reloads even if the wall clock went back.
 */
export interface Device {
  clientId: string;
  hlc: Hlc;
}

const devices = new WeakMap<KlinikDb, Promise<Device>>();

export function getDevice(db: KlinikDb): Promise<Device> {
  let device = devices.get(db);
  if (!device) {
    device = db.transaction('rw', db.meta, db.outbox, async () => {
      let row = await db.meta.get('clientId');
      if (!row || typeof row.value !== 'string') {
        row = { key: 'clientId', value: uuidv7() };
        await db.meta.put(row);
      }
      const clientId = row.value as string;
      // The database's clock (tests and the simulation give a device a skewed one).
      const hlc = createHlc(clientId, () => db.clock().getTime());
      const last = await db.outbox.toCollection().last();
      if (last) hlc.observe(last.hlc);
      return { clientId, hlc };
    });
    device.catch(() => devices.delete(db));
    devices.set(db, device);
  }
  return device;
}

/** Forget cached device state (after the database was deleted, e.g. in tests). */
export function forgetDevice(db: KlinikDb): void {
  devices.delete(db);
}
