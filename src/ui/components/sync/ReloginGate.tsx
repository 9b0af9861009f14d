import { useSync } from '../../../state/sync-status';
import { lazyPart } from '../../lazy-page';

// Needed only once the server turns the stored session down: fetched then.
const ReloginBanner = lazyPart(() => import('./ReloginBanner').then((m) => m.ReloginBanner));

/** The relogin banner (in the floating NoticeStack), when the session has expired (ReloginBanner.tsx). */
export function ReloginGate() {
  const expired = useSync((s) => s.sessionExpired || s.state === 'needsLogin');
  return expired ? <ReloginBanner /> : null;
}
