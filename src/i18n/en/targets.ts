import type { targets as id } from '../id/targets';

export const targets: Record<keyof typeof id, string> = {
  'targets.title': 'Targets',
  'targets.subtitle': 'The innovation clinic’s yearly targets and progress',
  'targets.year': 'Year',
  'targets.form.title': 'Target for {year}',
  'targets.none': 'No target for {year} yet. Change the fields below; the target is saved automatically.',
  'targets.field.proposalTarget': 'Innovation proposals target',
  'targets.field.proposalTargetHint': 'A whole number, 0 or more, e.g. 100 proposals a year.',
  'targets.field.onePerAgency': 'Every unit has at least one innovation (1 instansi 1 inovasi)',
  'targets.field.notes': 'Notes',
  'targets.progress.title': 'Progress in {year}',
  'targets.progress.count':
    '{n} of {target, plural, one {# innovation proposal} other {# innovation proposals}}',
  'targets.progress.noTarget':
    '{n, plural, one {# innovation} other {# innovations}} created in {year}; no target set yet.',
  'targets.progress.hint': 'Counts innovations (not deleted) created in {year}.',
  'targets.agencies.title': 'Units without an innovation',
  'targets.agencies.count':
    '{n} of {total, plural, one {# unit} other {# units}} {n, plural, one {has} other {have}} no innovation yet.',
  'targets.agencies.allDone': 'Every unit has at least one innovation.',
  'targets.agencies.list': 'Units without an innovation',
  'targets.empty.title': 'No units yet',
  'targets.empty.body':
    'Progress is counted from units and their innovations. Add units first, or load demo data in Settings.',
  'targets.empty.units': 'Go to the unit list',
  'targets.empty.settings': 'Open Settings',
};
