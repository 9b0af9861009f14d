import type { MessageKey } from '../keys';
import { auth } from './auth';
import { backup } from './backup';
import { clinic } from './clinic';
import { common } from './common';
import { conflicts } from './conflicts';
import { dashboard } from './dashboard';
import { dates } from './dates';
import { defaults } from './defaults';
import { exportStrings } from './export';
import { followUps } from './followUps';
import { innovationList } from './innovationList';
import { innovations } from './innovations';
import { permissions } from './permissions';
import { pwa } from './pwa';
import { sessions } from './sessions';
import { settings } from './settings';
import { targets } from './targets';
import { units } from './units';
import { users } from './users';

/** English counts have plural forms: loadLang registers the parser from here (../plural.ts). */
export { expandPlurals } from '../plural';

export const en: Record<MessageKey, string> = {
  ...common,
  ...units,
  ...innovations,
  ...innovationList,
  ...sessions,
  ...followUps,
  ...settings,
  ...targets,
  ...auth,
  ...conflicts,
  ...dashboard,
  ...pwa,
  ...exportStrings,
  ...backup,
  ...users,
  ...permissions,
  ...dates,
  ...defaults,
  ...clinic,
};
