/**
 * The import flow of the backup section: read the chosen file (with progress), check it, plan
 * against this device's data, wait for the person to confirm, apply. Nothing is written before
 * "Import now"; a newer choice (or Cancel) makes the answers of an older one be ignored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupFile } from '../../../backup/format';
import { type BackupProblem, parseBackup } from '../../../backup/validate';
import { applyImport, type ImportOutcome, type ImportPreview, previewImport } from '../../../db/backup';

export type ImportProblem = BackupProblem | { code: 'unreadable' };

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading' | 'checking'; name: string; fraction: number }
  | { kind: 'planning'; name: string }
  | { kind: 'refused'; name: string; problem: ImportProblem }
  | { kind: 'preview' | 'applying' | 'failed'; name: string; file: BackupFile; preview: ImportPreview }
  | { kind: 'done'; outcome: ImportOutcome };

/** Lets the browser paint the progress bar between chunks of work. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function readText(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });
}

export function useBackupImport() {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const run = useRef(0);
  useEffect(
    () => () => {
      run.current++; // unmounted: drop whatever is still on its way
    },
    [],
  );

  const choose = async (file: File) => {
    const id = ++run.current;
    const current = () => run.current === id;
    const name = file.name;
    setPhase({ kind: 'reading', name, fraction: 0 });
    let text: string;
    try {
      text = await readText(file, (fraction) => current() && setPhase({ kind: 'reading', name, fraction }));
    } catch {
      if (current()) setPhase({ kind: 'refused', name, problem: { code: 'unreadable' } });
      return;
    }
    if (!current()) return;
    setPhase({ kind: 'checking', name, fraction: 0 });
    let parsed: Awaited<ReturnType<typeof parseBackup>>;
    try {
      parsed = await parseBackup(text, {
        onProgress: async (done, total) => {
          if (current()) setPhase({ kind: 'checking', name, fraction: total ? done / total : 1 });
          await paint();
        },
      });
    } catch {
      // Whatever a hostile file makes the checks throw, the person hears that it was refused.
      parsed = { ok: false, problem: { code: 'notJson' } };
    }
    if (!current()) return;
    if (!parsed.ok) {
      setPhase({ kind: 'refused', name, problem: parsed.problem });
      return;
    }
    setPhase({ kind: 'planning', name });
    await paint();
    try {
      const preview = await previewImport(parsed.file);
      if (current()) setPhase({ kind: 'preview', name, file: parsed.file, preview });
    } catch {
      if (current()) setPhase({ kind: 'refused', name, problem: { code: 'unreadable' } });
    }
  };

  const confirm = async () => {
    if (phase.kind !== 'preview' && phase.kind !== 'failed') return;
    const id = ++run.current;
    const { name, file, preview } = phase;
    setPhase({ kind: 'applying', name, file, preview });
    try {
      const outcome = await applyImport(file);
      if (run.current === id) setPhase({ kind: 'done', outcome });
    } catch {
      if (run.current === id) setPhase({ kind: 'failed', name, file, preview });
    }
  };

  const cancel = () => {
    run.current++;
    setPhase({ kind: 'idle' });
  };

  return { phase, choose, confirm, cancel };
}
