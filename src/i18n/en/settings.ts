import type { settings as id } from '../id/settings';

export const settings: Record<keyof typeof id, string> = {
  'settings.title': 'Settings',
  'settings.subtitle': 'Language, your name, the clinic’s identity, demo data and storage on this device',
  'settings.lang.title': 'Language',
  'settings.lang.legend': 'Display language',
  'settings.lang.id': 'Bahasa Indonesia',
  'settings.lang.en': 'English',
  'settings.name.title': 'My name',
  'settings.name.label': 'My name',
  'settings.name.placeholder': 'e.g. Siti Nurhaliza, S.Sos.',
  'settings.name.hint': 'Used as the facilitator on every new mentoring session. Stored on this device.',
  'settings.demo.title': 'Demo data',
  'settings.demo.body':
    'Load sample data for the fictional city “Kota Sukamaju”: work units, innovations in every 5D stage, mentoring sessions and follow-ups. Useful to try the app or for training.',
  'settings.demo.load': 'Load demo data',
  'settings.demo.loading': 'Loading demo data…',
  'settings.demo.confirm':
    'This device already holds {n, plural, one {# unit} other {# units}}. The demo data will be added to them (not replace them) and will be sent when syncing. Continue?',
  'settings.demo.confirmYes': 'Yes, add demo data',
  'settings.demo.done':
    'Demo data loaded: {units, plural, one {# unit} other {# units}}, {innovations, plural, one {# innovation} other {# innovations}}, {sessions, plural, one {# mentoring session} other {# mentoring sessions}}, {followUps, plural, one {# follow-up} other {# follow-ups}}.',
  'settings.demo.openUnits': 'Open the unit list',
  'settings.demo.failed':
    'The demo data could not be loaded. Nothing was half-saved; your data is unchanged. Try again.',
  'settings.storage.title': 'Storage',
  'settings.storage.where': 'Data is stored on this device and stays available offline.',
  'settings.storage.records': '{n, plural, one {# record} other {# records}} stored',
  'settings.storage.pending': '{n, plural, one {# change} other {# changes}} waiting to sync',
};
