import { generatePassword, hashPassword } from './auth/passwords';
import type { Storage } from './storage/types';

export const ADMIN_USERNAME = 'koordinator';

/**
 * First start: create the coordinator account. The password comes from KLINIK_ADMIN_PASSWORD,
 * or is generated and printed once (it is never stored in clear, so note it down).
 */
export async function ensureAdmin(
  storage: Storage,
  password: string | undefined,
  log: (line: string) => void,
) {
  if ((await storage.countUsers()) > 0) return;
  const chosen = password && password.length >= 8 ? password : generatePassword();
  await storage.createUser({
    username: ADMIN_USERNAME,
    passwordHash: await hashPassword(chosen),
    role: 'coordinator',
    unitIds: [],
  });
  // The console is the only place this is said: the login page is seen by every user, and the
  // server's settings are the operator's business (README, "Two commands").
  if (password && password.length >= 8) {
    log(
      `Akun pertama ${ADMIN_USERNAME} dibuat dengan kata sandi dari KLINIK_ADMIN_PASSWORD. / First account ${ADMIN_USERNAME} created with the password from KLINIK_ADMIN_PASSWORD.`,
    );
    return;
  }
  if (password)
    log(
      'KLINIK_ADMIN_PASSWORD lebih pendek dari 8 karakter: kata sandi dibuat otomatis. / KLINIK_ADMIN_PASSWORD is shorter than 8 characters: a password was generated instead.',
    );
  log('Akun pertama dibuat / First account created:');
  log(`  nama pengguna / username:  ${ADMIN_USERNAME}`);
  log(`  kata sandi / password:     ${chosen}`);
  log('Catat kata sandi ini: tidak akan ditampilkan lagi. / Note it down: it is not shown again.');
  log(
    'Untuk memilih sendiri kata sandinya, jalankan server pertama kali dengan KLINIK_ADMIN_PASSWORD=… / To choose it yourself, start the server the first time with KLINIK_ADMIN_PASSWORD=…',
  );
}
