/** Service-worker status for the UI (update banner, "ready offline" notice). Filled by sw/bridge.ts. */
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
