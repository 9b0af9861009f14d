/**
 * Fields every synced record carries. `version` is assigned by the server (0 = never synced);
 * `deleted` is a soft-delete tombstone so a delete can be undone and can sync like any edit.
 */
export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  version: number;
}

/** A date without time, `YYYY-MM-DD`, or '' when not set. */
export type IsoDate = string;

/** The fields of a record that a user may write (everything but the bookkeeping fields). */
export type Editable<T extends BaseRecord> = Omit<T, keyof BaseRecord>;
