/** The date and time fields (ui/components/date-field.tsx), used by the lazily loaded pages. */
export const dates = {
  'date.placeholder': 'hh-bb-tttt',
  'date.pick': 'Pilih di kalender',
  'time.placeholder': 'jj.mm',
} as const;
