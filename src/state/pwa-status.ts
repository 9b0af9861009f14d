/**
 * Service-worker status for the UI (update banner, "ready offline" notice). Written through the
 * actions below, which sw/bridge.ts calls; components only read it.
 */
import { create } from 'zustand';

export interface PwaState {
  /**
   * A new version is installed and waits for the user's go-ahead, or another tab already switched
   * to it. Either way this page still runs the old code until it reloads.
   */
  updateReady: boolean;
  /** The user confirmed: the new worker is taking over, and the page reloads as soon as it does. */
  updating: boolean;
  /** The app shell is in the cache, so the app opens with no network. Shown until dismissed. */
  offlineReady: boolean;
}

export const usePwa = create<PwaState>(() => ({ updateReady: false, updating: false, offlineReady: false }));

/** A new version waits for the user's go-ahead (or another tab already switched to it). */
export function setUpdateReady(): void {
  usePwa.setState({ updateReady: true });
}

/** The user confirmed the update: the page reloads once the new worker takes over. */
export function setUpdating(): void {
  usePwa.setState({ updating: true });
}

export function setOfflineReady(offlineReady: boolean): void {
  usePwa.setState({ offlineReady });
}
