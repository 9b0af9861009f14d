/**
 * The sync page's cause line for a server whose storage is full or failing: it says the changes
 * stay on the device (they do: test/server/storage-faults.test.ts), not "kesalahan
 * storage-unavailable".
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
import { lastErrorText } from '../../src/ui/components/conflicts/sync-words';

describe('lastErrorText', () => {
  it('explains storage-unavailable in both languages', () => {
    const id = lastErrorText((k, p) => translate('id', k, p), 'storage-unavailable');
    expect(id).toMatch(/penyimpanan server/);
    expect(id).toMatch(/tetap tersimpan di perangkat ini/);
    const en = lastErrorText((k, p) => translate('en', k, p), 'storage-unavailable');
    expect(en).toMatch(/stay on this device/);
  });
});
