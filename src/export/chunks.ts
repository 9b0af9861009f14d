/**
 * Long exports run in slices: after each slice the work yields a macrotask so the page can paint
 * the progress bar and answer taps. Progress is reported as rows done out of rows in total.
 */
export type OnProgress = (done: number, total: number) => void;

export const EXPORT_CHUNK_ROWS = 500;

/** Lets the browser render and handle input before the next slice. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `each` for every row, yielding between chunks of `chunkSize` and reporting progress
 * (offset by `doneBefore` when several tables share one total).
 */
export async function forEachInChunks<T>(
  rows: readonly T[],
  each: (row: T) => void,
  progress: { doneBefore: number; total: number; onProgress?: OnProgress | undefined; chunkSize?: number },
): Promise<void> {
  const size = Math.max(1, progress.chunkSize ?? EXPORT_CHUNK_ROWS);
  for (let start = 0; start < rows.length; start += size) {
    const end = Math.min(rows.length, start + size);
    for (let i = start; i < end; i++) each(rows[i] as T);
    progress.onProgress?.(progress.doneBefore + end, progress.total);
    await yieldToEventLoop();
  }
}
