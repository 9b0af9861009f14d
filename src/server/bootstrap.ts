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
  if (password && password.length >= 8) {
    log(`Akun ${ADMIN_USERNAME} dibuat dengan sandi dari KLINIK_ADMIN_PASSWORD.`);
  } else {
    if (password)
      log('KLINIK_ADMIN_PASSWORD is shorter than 8 characters: a password was generated instead.');
    log(`Akun pertama / first account: ${ADMIN_USERNAME}  sandi / password: ${chosen}`);
    log('Catat sandi ini: tidak akan ditampilkan lagi. / Note it down: it is not shown again.');
  }
}
