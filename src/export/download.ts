/** Saves a Blob as a file through a temporary object URL and a `download` link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Unit kerja" + "2026-03-15" + "csv" → "klinik-inovasi-unit-kerja-2026-03-15.csv". */
export function exportFileName(stem: string, today: string, ext: 'csv' | 'xlsx'): string {
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `klinik-inovasi${slug ? `-${slug}` : ''}-${today}.${ext}`;
}
