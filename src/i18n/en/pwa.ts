import type { pwa as id } from '../id/pwa';

export const pwa: Record<keyof typeof id, string> = {
  'pwa.update.title': 'A new version is available',
  'pwa.update.body': 'Reload to use the latest version. The data on this device stays safe.',
  'pwa.update.reload': 'Reload',
  'pwa.update.pendingTitle': 'Changes not synced yet: {n}',
  'pwa.update.pendingBody':
    'They stay stored on this device and will sync after the update. You can also sync them first.',
  'pwa.update.allSynced': 'All changes are synced. It is safe to reload.',
  'pwa.update.confirm': 'Reload anyway',
  'pwa.update.syncFirst': 'Sync first',
  'pwa.update.syncing': 'Syncing…',
  'pwa.update.later': 'Later',
  'pwa.update.updating': 'Loading the new version…',
  'pwa.offlineReady.title': 'Ready to use without a signal',
  'pwa.offlineReady.body':
    'The app is stored on this device: it opens and works with no connection. Changes are sent when you are back online.',
  'pwa.offlineReady.dismiss': 'Got it',
  'pwa.storage.usage': '{used} used of a {quota} quota',
  'pwa.storage.usageUnknown': 'This browser does not report how much storage is used.',
  'pwa.storage.persisted': 'Persistent storage: the browser will not delete this data by itself.',
  'pwa.storage.notPersisted':
    'Storage is not persistent yet: the browser may delete this data when the device runs low on space.',
  'pwa.storage.persistUnknown': 'This browser does not tell whether the data is stored persistently.',
  'pwa.storage.requestPersist': 'Ask for persistent storage',
  'pwa.storage.persistDenied':
    'The browser has not allowed it yet. Install the app to the home screen and sync regularly.',
  'pwa.storage.adviceIos':
    'On iPhone/iPad, site data not opened for 7 days may be deleted. Add Klinik Inovasi to the Home Screen (Share → Add to Home Screen), open it from that icon, and sync before leaving it unused for long.',
  'pwa.storage.adviceSafari':
    'Safari may delete site data not opened for 7 days. Add Klinik Inovasi to the Dock (File → Add to Dock) or use another browser, and sync regularly.',
  'pwa.storage.adviceOther':
    'To be safer, install the app (browser menu → Install app / Add to home screen) and sync regularly so a copy of the data is on the server.',
  'pwa.storage.version': 'App version {version}',
};
