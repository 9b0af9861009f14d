import { auth } from './auth';
import { common } from './common';
import { conflicts } from './conflicts';
import { followUps } from './followUps';
import { innovations } from './innovations';
import { sessions } from './sessions';
import { settings } from './settings';
import { targets } from './targets';
import { units } from './units';

export const id = {
  ...common,
  ...units,
  ...innovations,
  ...sessions,
  ...followUps,
  ...settings,
  ...targets,
  ...auth,
  ...conflicts,
};
