import type { dates as id } from '../id/dates';

export const dates: Record<keyof typeof id, string> = {
  'date.placeholder': 'dd-mm-yyyy',
  'date.pick': 'Choose on a calendar',
  'time.placeholder': 'hh:mm',
};
