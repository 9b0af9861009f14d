import type { backup as source } from '../id/backup';

/** Strings of the backup and move section in Settings (English). */
export const backup: Record<keyof typeof source, string> = {
  'backup.title': 'Backup and moving to another device',
  'backup.intro':
    'Save all data on this device, including changes not yet sent, to one file. Import that file on another device to carry on working; its changes are sent with the next sync.',
  'backup.export.title': 'Export',
  'backup.export.button': 'Export all data on this device',
  'backup.export.busy': 'Preparing the file…',
  'backup.export.pending': 'The file will carry {n, plural, one {# change} other {# changes}} not yet sent.',
  'backup.export.noPending': 'No changes are waiting: the file holds a copy of the data on this device.',
  'backup.export.done':
    'Downloaded {name}: {records, plural, one {# record} other {# records}}, {unsent, plural, one {# change} other {# changes}} not yet sent.',
  'backup.export.privacy': 'Keep this file somewhere safe: it holds data about units and the people coached.',
  'backup.export.failed': 'The backup file could not be made. Your data has not changed. Try again.',
  'backup.import.title': 'Import',
  'backup.import.choose': 'Choose a backup file (.json)',
  'backup.import.hint':
    'If you are online, sync this device first. Nothing changes until you press “Import now”.',
  'backup.import.reading': 'Reading {name}…',
  'backup.import.checking': 'Checking {name}…',
  'backup.import.planning': 'Comparing with the data on this device…',
  'backup.import.applying': 'Importing…',
  'backup.import.percent': 'Checking {percent}%',
  'backup.preview.title': 'Import preview',
  'backup.preview.source': 'File {name}, exported {date} at {time}.',
  'backup.preview.sourceAccount': 'File {name} from account {account}, exported {date} at {time}.',
  'backup.preview.unsent': 'The file carries {n, plural, one {# change} other {# changes}} not yet sent.',
  'backup.preview.add': 'Will add: {list}.',
  'backup.preview.update': 'Will update: {list}.',
  'backup.preview.deleting': 'Of these, {n} will be marked deleted, as in the file.',
  'backup.preview.restoring': '{n, plural, one {# record} other {# records}} deleted here will be restored.',
  'backup.preview.addedDeleted':
    '{n, plural, one {# deleted record is} other {# deleted records are}} kept as deleted.',
  'backup.preview.queued':
    '{n, plural, one {# unsent change} other {# unsent changes}} will be made ready to send. The server checks and merges them at the next sync; any outside this account’s rights will be refused and shown as refused.',
  'backup.preview.skipped':
    '{n, plural, one {# server record} other {# server records}} skipped (they will come from the server).',
  'backup.preview.unsentNoRecord':
    'For {n, plural, one {# record} other {# records}}, unsent changes from the file cannot be made ready to send yet because this device does not hold the record. Sync first, then import this file again.',
  'backup.preview.unsentLeftOut':
    'For {n, plural, one {# record} other {# records}}, unsent changes from the file are left out: this device has later changes to the same fields.',
  'backup.preview.same': 'Already identical, skipped: {n}.',
  'backup.preview.nothing':
    'Nothing to import: the file carries no unsent changes this device does not already have.',
  'backup.preview.otherAccount':
    'This file comes from account {file}, but you are signed in as {current}. Changes your account may not make will be refused by the server and shown on the sync status page.',
  'backup.preview.confirm': 'Import now',
  'backup.result.done':
    'Import finished: {added, plural, one {# record} other {# records}} added, {updated} updated. {pending, plural, one {# change} other {# changes}} waiting to sync.',
  'backup.result.failed': 'The import failed; nothing changed on this device. Try again.',
  'backup.n.units': 'units {n}',
  'backup.n.innovations': 'innovations {n}',
  'backup.n.stageProgress': '5D stage records {n}',
  'backup.n.mentoringSessions': 'mentoring sessions {n}',
  'backup.n.actionItems': 'follow-ups {n}',
  'backup.n.targets': 'targets {n}',
  'backup.n.conflicts': 'conflicts {n}',
  'backup.table.units': 'unit',
  'backup.table.innovations': 'innovation',
  'backup.table.stageProgress': '5D stage',
  'backup.table.mentoringSessions': 'mentoring session',
  'backup.table.actionItems': 'follow-up',
  'backup.table.targets': 'target',
  'backup.table.conflicts': 'conflict',
  'backup.problem.title': 'This file cannot be imported',
  'backup.problem.nothingChanged': 'Nothing changed on this device.',
  'backup.problem.unreadable': 'The file {name} could not be read from the device storage.',
  'backup.problem.tooDeep':
    'File {name} is nested too deeply (more than {max, plural, one {# level} other {# levels}}), so it is not a backup made by this app.',
  'backup.problem.empty': 'The file {name} is empty.',
  'backup.problem.notJson':
    'The file {name} is not a Klinik Inovasi backup. Choose a file named klinik-inovasi-cadangan-….json.',
  'backup.problem.truncated':
    'The file {name} is cut short: its content is incomplete. Export again on the original device and copy it again in full.',
  'backup.problem.foreign': 'The file {name} holds other JSON data, not a Klinik Inovasi backup.',
  'backup.problem.wrongFormat': 'The file {name} is in the format “{format}”, not a Klinik Inovasi backup.',
  'backup.problem.newerFormat':
    'The file {name} was made by a newer version of the app (format {version}). Update the app on this device, then try again.',
  'backup.problem.damaged': 'The file {name} is damaged: its part “{part}” does not match the backup format.',
  'backup.problem.checksum':
    'The content of {name} changed after it was exported (checksum mismatch): it was damaged while copying or edited. Export again on the original device.',
  'backup.problem.invalidRecord':
    'The file {name} holds an invalid {table} record (code {id}, field “{field}”): {reason}',
  'backup.problem.duplicateRecord': 'The file {name} holds a duplicated {table} record (code {id}).',
  'backup.problem.invalidOutbox':
    'The file {name} holds an invalid unsent change (number {index}, field “{field}”).',
  'backup.n.clinicIdentities': 'clinic identity {n}',
  'backup.table.clinicIdentities': 'clinic identity',
};
