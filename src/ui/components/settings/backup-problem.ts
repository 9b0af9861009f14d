import { MAX_JSON_DEPTH } from '../../../domain/json-depth';
import type { MessageKey, Params } from '../../../i18n';
import type { ImportProblem } from './use-backup-import';

type T = (key: MessageKey, params?: Params) => string;

/** One sentence naming what is wrong with the file, in the UI language. */
export function problemMessage(t: T, name: string, problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooDeep':
      return t('backup.problem.tooDeep', { name, max: String(MAX_JSON_DEPTH) });
    case 'wrongFormat':
      return t('backup.problem.wrongFormat', { name, format: problem.format.slice(0, 60) });
    case 'newerFormat':
      return t('backup.problem.newerFormat', { name, version: String(problem.version) });
    case 'damaged':
      return t('backup.problem.damaged', { name, part: problem.part.slice(0, 60) });
    case 'invalidRecord': {
      const { table, id, field, code } = problem.problem;
      return t('backup.problem.invalidRecord', {
        name,
        table: t(`backup.table.${table}`),
        id: id.slice(0, 40),
        field,
        reason: t(`error.${code}`),
      });
    }
    case 'duplicateRecord':
      return t('backup.problem.duplicateRecord', {
        name,
        table: t(`backup.table.${problem.table}`),
        id: problem.id.slice(0, 40),
      });
    case 'invalidOutbox':
      return t('backup.problem.invalidOutbox', {
        name,
        index: String(problem.problem.index + 1),
        field: problem.problem.field,
      });
    default:
      return t(`backup.problem.${problem.code}`, { name });
  }
}
