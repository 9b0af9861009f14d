import { auth } from './auth';
import { common } from './common';
import { units } from './units';

/**
 * The Indonesian messages the first screen uses: the top bar, the units list, the login page, the
 * account menu, the sync badge and the storage trouble banner. They ship with the entry; the rest
 * of the catalogue (`./index.ts`) is fetched with the first page that needs it (ui/lazy-page.tsx).
 * A first-screen module that uses a key from elsewhere fails test/i18n/first-screen-messages.test.ts.
 */
export const idCore = { ...common, ...units, ...auth };
