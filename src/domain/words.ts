/** Words as a reader counts them: runs of letters/digits, so "e-KTP" and "24/7" count once. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:[-'’/.][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

/** The IID asks for at least this many words in "rancang bangun dan pokok perubahan". */
export const RANCANG_BANGUN_MIN_WORDS = 300;
