import { usePwa } from '../../../state/pwa-status';
import { lazyPart } from '../../lazy-page';
import { StorageTroubleBanner } from './StorageTroubleBanner';

// Shown rarely (a new version, the first install): fetched when they have something to say.
const UpdateBanner = lazyPart(() => import('./UpdateBanner').then((m) => m.UpdateBanner));
const OfflineReadyNotice = lazyPart(() => import('./OfflineReadyNotice').then((m) => m.OfflineReadyNotice));

/** Everything the app says about itself as an installed app (in the floating NoticeStack). */
export function PwaNotices() {
  const updateReady = usePwa((s) => s.updateReady);
  const offlineReady = usePwa((s) => s.offlineReady);
  return (
    <>
      <StorageTroubleBanner />
      {updateReady && <UpdateBanner />}
      {offlineReady && <OfflineReadyNotice />}
    </>
  );
}
