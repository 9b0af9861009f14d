/**
 * UI state only (STYLE.md habit 2): language, the user's own name, the current route and the
 * undo toast. Database rows never live here; screens read them with live queries.
 */
import { create } from 'zustand';
import { type Lang, loadLang } from '../i18n';

export interface Toast {
  id: number;
  message: string;
  /** Runs when the user presses "Undo"; absent for plain notices. */
  undo?: () => Promise<void>;
}

export interface UiState {
  lang: Lang;
  myName: string;
  path: string;
  toast: Toast | null;
}

const PREFS_KEY = 'klinik-inovasi.prefs';

function loadPrefs(): Pick<UiState, 'lang' | 'myName'> {
  try {
    const raw = globalThis.localStorage?.getItem(PREFS_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<UiState>) : {};
    return {
      lang: parsed.lang === 'en' ? 'en' : 'id',
      myName: typeof parsed.myName === 'string' ? parsed.myName : '',
    };
  } catch {
    return { lang: 'id', myName: '' };
  }
}

function currentPath(): string {
  return globalThis.location ? globalThis.location.pathname + globalThis.location.search : '/';
}

export const useUi = create<UiState>(() => ({ ...loadPrefs(), path: currentPath(), toast: null }));

function savePrefs(): void {
  const { lang, myName } = useUi.getState();
  try {
    globalThis.localStorage?.setItem(PREFS_KEY, JSON.stringify({ lang, myName }));
  } catch {
    // Private mode or a full quota: the preference just lasts for this visit.
  }
}

let langRequest = 0;

/**
 * Switches the UI language once its messages are here (English is fetched on first use), so no
 * screen renders half in one language. Only the latest choice applies when clicks overlap; if the
 * messages cannot be fetched (offline before the app was cached), the language stays as it was.
 */
export async function setLang(lang: Lang): Promise<void> {
  const request = ++langRequest;
  try {
    await loadLang(lang);
  } catch (err) {
    console.error(err);
    return;
  }
  if (request !== langRequest) return;
  useUi.setState({ lang });
  if (globalThis.document) document.documentElement.lang = lang;
  savePrefs();
}

/**
 * Shows `lang` for this visit only, without saving it: at start, when the stored English could
 * not be fetched, the app opens in Indonesian and tries English again next time.
 */
export function setLangForThisVisit(lang: Lang): void {
  useUi.setState({ lang });
  if (globalThis.document) document.documentElement.lang = lang;
}

export function setMyName(myName: string): void {
  useUi.setState({ myName });
  savePrefs();
}

let toastSeq = 0;
let toastTimer: ReturnType<typeof setTimeout> | undefined;
export const TOAST_MS = 8000;

export function showToast(message: string, undo?: () => Promise<void>): void {
  clearTimeout(toastTimer);
  const toast: Toast = { id: ++toastSeq, message, ...(undo ? { undo } : {}) };
  useUi.setState({ toast });
  toastTimer = setTimeout(() => dismissToast(toast.id), TOAST_MS);
}

export function dismissToast(id?: number): void {
  const { toast } = useUi.getState();
  if (toast && (id === undefined || toast.id === id)) useUi.setState({ toast: null });
}

/**
 * Names this page load. A history entry pushed by `navigate` records it with the path it was
 * opened from; after a reload (a new load) that entry no longer counts as opened inside the app.
 */
const LOAD_ID = Math.random().toString(36).slice(2);

interface EntryState {
  from: string;
  load: string;
}

/** Client-side navigation (history API); the server answers every app path with the shell. */
export function navigate(path: string, replace = false): void {
  const from = useUi.getState().path;
  if (globalThis.history) {
    // A replaced entry (a filter change) keeps where the page was opened from.
    if (replace) history.replaceState(history.state, '', path);
    else history.pushState({ from, load: LOAD_ID } satisfies EntryState, '', path);
  }
  useUi.setState({ path });
  globalThis.scrollTo?.(0, 0);
}

/**
 * The in-app location the current page was opened from, during this page load; null when it was
 * opened directly (a deep link, a new tab, a reload), where "back" means the page's parent.
 */
export function openedFrom(): string | null {
  const state = globalThis.history?.state as Partial<EntryState> | null | undefined;
  return state && state.load === LOAD_ID && typeof state.from === 'string' ? state.from : null;
}

/** "← Kembali": to where the person came from inside the app, else to `parent`. */
export function goBack(parent: string): void {
  if (openedFrom() !== null) history.back();
  else navigate(parent);
}

export function syncPathFromLocation(): void {
  useUi.setState({ path: currentPath() });
}
