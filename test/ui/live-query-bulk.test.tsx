/**
 * Live queries during a bulk pull (ui/hooks/use-live-query.ts): instead of re-reading after
 * every page the sync writes, a screen refreshes on a timer, and is live again with a fresh
 * read as soon as the pull ends. Real timers: fake-indexeddb runs on them.
 */
import { act, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';
import { BULK_PULL_REMAINING, isBulkPull, useSync } from '../../src/state/sync-status';
import { BULK_REFRESH_MS, useLiveQuery } from '../../src/ui/hooks/use-live-query';

function UnitCount({ id = 'count' }: { id?: string }) {
  const n = useLiveQuery(() => db.units.count(), []);
  return <p data-testid={id}>{n === undefined ? 'loading' : `${n} units`}</p>;
}

const count = (id = 'count') => screen.getByTestId(id).textContent;
const addUnit = (name: string) => createRecord('units', newUnitFields({ name, kind: 'opd' }));

function bulkPull(on: boolean) {
  act(() => {
    useSync.setState(
      on
        ? {
            state: 'syncing',
            progress: { phase: 'pull', done: 1_000, total: 1_000 + BULK_PULL_REMAINING + 1 },
          }
        : { state: 'idle', progress: null },
    );
  });
}

afterEach(() => {
  useSync.setState({ state: 'idle', progress: null });
});

describe('live queries during a bulk pull', () => {
  it('tells a bulk pull from a small one', () => {
    expect(isBulkPull({ state: 'syncing', progress: { phase: 'pull', done: 0, total: 40_000 } })).toBe(true);
    expect(isBulkPull({ state: 'syncing', progress: { phase: 'pull', done: 39_500, total: 40_000 } })).toBe(
      false,
    );
    expect(isBulkPull({ state: 'syncing', progress: { phase: 'push', done: 0, total: 40_000 } })).toBe(false);
    expect(isBulkPull({ state: 'syncing', progress: { phase: 'pull', done: 0 } })).toBe(false);
    expect(isBulkPull({ state: 'idle', progress: { phase: 'pull', done: 0, total: 40_000 } })).toBe(false);
  });

  it('follows writes at once normally, on a timer during a bulk pull, and at once again after', async () => {
    render(<UnitCount />);
    await waitFor(() => expect(count()).toBe('0 units'));
    await addUnit('Dinas Kesehatan');
    await waitFor(() => expect(count()).toBe('1 units'));

    bulkPull(true);
    await addUnit('Kecamatan Barat');
    // A screen opened now reads at once; once it shows the write, a live screen would show it too.
    render(<UnitCount id="opened-later" />);
    await waitFor(() => expect(count('opened-later')).toBe('2 units'), { timeout: 500 });
    expect(count()).toBe('1 units'); // not re-read after each write...
    await waitFor(() => expect(count()).toBe('2 units'), { timeout: BULK_REFRESH_MS + 1_000 }); // ...but on the timer

    await addUnit('Kelurahan Sukamaju');
    bulkPull(false);
    await waitFor(() => expect(count()).toBe('3 units'), { timeout: 500 });
    await addUnit('Puskesmas Kota');
    await waitFor(() => expect(count()).toBe('4 units'), { timeout: 500 });
  });

  it('gives a screen opened during a bulk pull its first answer at once', async () => {
    await addUnit('Dinas Kesehatan');
    bulkPull(true);
    render(<UnitCount />);
    await waitFor(() => expect(count()).toBe('1 units'), { timeout: 500 });
  });
});
