/** The service-worker bridge's lifecycle logic, driven by a fake workbox-window. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePwa } from '../../src/state/pwa-status';
import {
  applyUpdate,
  connect,
  dismissOfflineReady,
  type LifecycleEvent,
  OFFLINE_READY_SEEN_KEY,
  type WorkboxLike,
} from '../../src/sw/bridge';

type Kind = 'waiting' | 'controlling' | 'activated';

interface FakeWorker {
  state: string;
  addEventListener(type: 'statechange', fn: () => void): void;
  /** Test side: the worker moves to `state`. */
  become(state: string): void;
}

function fakeWorker(state = 'installed'): FakeWorker {
  const fns: (() => void)[] = [];
  const w: FakeWorker = {
    state,
    addEventListener: (_type, fn) => fns.push(fn),
    become: (next) => {
      w.state = next;
      for (const fn of fns) fn();
    },
  };
  return w;
}

interface FakeRegistration {
  active: object | null;
  waiting: FakeWorker | null;
  installing: null;
}

function fakeWorkbox(registration: FakeRegistration) {
  const listeners = new Map<Kind, ((e: LifecycleEvent) => void)[]>();
  const wb = {
    addEventListener: (type: Kind, fn: (e: LifecycleEvent) => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), fn]);
    },
    register: vi.fn(async () => registration as unknown as ServiceWorkerRegistration),
    update: vi.fn(async () => undefined),
    messageSkipWaiting: vi.fn(),
  } satisfies WorkboxLike;
  const emit = (type: Kind, e: LifecycleEvent = {}) => {
    for (const fn of listeners.get(type) ?? []) fn(e);
  };
  return { wb, emit };
}

const reload = vi.fn();
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  reload.mockReset();
  usePwa.setState({ updateReady: false, updating: false, offlineReady: false });
});
afterEach(() => localStorage.clear());

describe('service-worker bridge', () => {
  it('shows the update only when a new worker waits, and never switches by itself', async () => {
    const reg: FakeRegistration = { active: {}, waiting: null, installing: null };
    const { wb, emit } = fakeWorkbox(reg);
    await connect(wb, { reload, isShellCached: async () => true });
    expect(usePwa.getState().updateReady).toBe(false);
    reg.waiting = fakeWorker();
    emit('waiting', { isUpdate: true });
    expect(usePwa.getState().updateReady).toBe(true);
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('on confirmation asks the waiting worker to take over, then reloads once when it controls', async () => {
    const waiting = fakeWorker();
    const reg: FakeRegistration = { active: {}, waiting, installing: null };
    const { wb, emit } = fakeWorkbox(reg);
    await connect(wb, { reload, isShellCached: async () => true });
    emit('waiting', { isUpdate: true });
    applyUpdate();
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(usePwa.getState().updating).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    emit('controlling', { isUpdate: true });
    waiting.become('activated');
    emit('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a page no worker controls reloads when the confirmed worker has activated', async () => {
    const waiting = fakeWorker();
    const { wb, emit } = fakeWorkbox({ active: {}, waiting, installing: null });
    await connect(wb, { reload, isShellCached: async () => true });
    emit('waiting', { isExternal: true });
    applyUpdate();
    waiting.become('activating');
    expect(reload).not.toHaveBeenCalled();
    waiting.become('activated'); // no 'controlling' ever comes to an uncontrolled page
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers the reload when a new version activated under a page no worker controls', async () => {
    const { wb, emit } = fakeWorkbox({ active: {}, waiting: null, installing: null });
    localStorage.setItem(OFFLINE_READY_SEEN_KEY, '1');
    await connect(wb, { reload, isShellCached: async () => true });
    emit('activated', { isUpdate: false, isExternal: true });
    expect(usePwa.getState().updateReady).toBe(true);
    expect(reload).not.toHaveBeenCalled();
  });

  it('when another tab switched versions, offers the reload instead of reloading', async () => {
    const reg: FakeRegistration = { active: {}, waiting: null, installing: null };
    const { wb, emit } = fakeWorkbox(reg);
    await connect(wb, { reload, isShellCached: async () => true });
    emit('controlling', { isUpdate: true, isExternal: true });
    expect(usePwa.getState().updateReady).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    applyUpdate(); // nothing waits any more: loading the page is all that is left
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says "ready offline" after the first install once the shell is cached, until dismissed', async () => {
    const reg: FakeRegistration = { active: null, waiting: null, installing: null };
    const { wb, emit } = fakeWorkbox(reg);
    await connect(wb, { reload, isShellCached: async () => true });
    expect(usePwa.getState().offlineReady).toBe(false);
    emit('activated', { isUpdate: false });
    await flush();
    expect(usePwa.getState().offlineReady).toBe(true);
    dismissOfflineReady();
    expect(usePwa.getState().offlineReady).toBe(false);
    expect(localStorage.getItem(OFFLINE_READY_SEEN_KEY)).toBe('1');

    // A later start with the worker already active does not show it again.
    const again = fakeWorkbox({ active: {}, waiting: null, installing: null });
    await connect(again.wb, { reload, isShellCached: async () => true });
    await flush();
    expect(usePwa.getState().offlineReady).toBe(false);
  });

  it('does not claim "ready offline" while the shell is not in the cache', async () => {
    const { wb, emit } = fakeWorkbox({ active: null, waiting: null, installing: null });
    const shellCached = vi.fn(async () => false);
    await connect(wb, { reload, isShellCached: shellCached });
    emit('activated', { isUpdate: false });
    // The bridge looked at the cache (and got its answer) before the state is checked.
    await vi.waitFor(() => expect(shellCached).toHaveBeenCalledTimes(1));
    await flush();
    expect(usePwa.getState().offlineReady).toBe(false);
  });

  it('an activated update is not a first install', async () => {
    const { wb, emit } = fakeWorkbox({ active: {}, waiting: null, installing: null });
    localStorage.setItem(OFFLINE_READY_SEEN_KEY, '1');
    await connect(wb, { reload, isShellCached: async () => true });
    emit('activated', { isUpdate: true });
    await flush();
    expect(usePwa.getState().offlineReady).toBe(false);
  });
});
