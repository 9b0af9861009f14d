import { OfflineReadyNotice } from './OfflineReadyNotice';
import { StorageTroubleBanner } from './StorageTroubleBanner';
import { UpdateBanner } from './UpdateBanner';

/** Everything the app says about itself as an installed app, under the top bar. */
export function PwaNotices() {
  return (
    <>
      <StorageTroubleBanner />
      <UpdateBanner />
      <OfflineReadyNotice />
    </>
  );
}
