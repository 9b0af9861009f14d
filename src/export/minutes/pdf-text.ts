/**
 * jsPDF's standard fonts (Helvetica) write text in WinAnsi: Indonesian is plain Latin and fits,
 * but typographic punctuation pasted from word processors and any letter outside Latin-1 must be
 * brought into that set first, or it prints as garbage.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': ',',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2022': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': '  ',
};

/** The text with every character inside Latin-1 (what Helvetica's encoding can show). */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code === 10 || (code >= 32 && code < 127) || (code >= 160 && code <= 255)) out += ch;
    else if (code < 32 || (code >= 127 && code < 160)) continue;
    else {
      const plain = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...plain].every((c) => (c.codePointAt(0) ?? 0) <= 255) ? plain : '?';
    }
  }
  return out;
}
