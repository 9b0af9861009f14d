/**
 * First start (src/server/bootstrap.ts): the operator learns the coordinator's password, and how to
 * choose it, from the server console — the login page no longer names the server setting (issue 13).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/server/auth/passwords';
import { ensureAdmin } from '../../src/server/bootstrap';
import { openSqliteStorage } from '../../src/server/storage/sqlite';

function freshStorage() {
  return openSqliteStorage(join(mkdtempSync(join(tmpdir(), 'klinik-bootstrap-')), 'k.sqlite'));
}

describe('ensureAdmin console lines', () => {
  it('prints a generated password on its own line and says how to choose one', async () => {
    const lines: string[] = [];
    const storage = freshStorage();
    await ensureAdmin(storage, undefined, (line) => lines.push(line));
    const passwordLine = lines.find((l) => l.includes('kata sandi / password:'));
    const password = passwordLine?.split(':').pop()?.trim() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(8);
    const user = await storage.findUserByUsername('koordinator');
    expect(user && (await verifyPassword(password, user.passwordHash))).toBe(true);
    expect(lines.some((l) => l.includes('nama pengguna / username:  koordinator'))).toBe(true);
    expect(lines.some((l) => l.includes('KLINIK_ADMIN_PASSWORD=') && l.includes('Untuk memilih'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\bsandi\b(?<!kata sandi)/i);
  });

  it('says when the password came from KLINIK_ADMIN_PASSWORD, and prints it nowhere', async () => {
    const lines: string[] = [];
    await ensureAdmin(freshStorage(), 'pilihan-sendiri-1', (line) => lines.push(line));
    expect(lines.join('\n')).toContain('dibuat dengan kata sandi dari KLINIK_ADMIN_PASSWORD');
    expect(lines.join('\n')).not.toContain('pilihan-sendiri-1');
  });

  it('explains a too-short KLINIK_ADMIN_PASSWORD in both languages and prints the generated one', async () => {
    const lines: string[] = [];
    await ensureAdmin(freshStorage(), 'pendek', (line) => lines.push(line));
    expect(lines[0]).toMatch(/lebih pendek dari 8 karakter.*shorter than 8 characters/);
    expect(lines.some((l) => l.includes('kata sandi / password:'))).toBe(true);
  });
});
