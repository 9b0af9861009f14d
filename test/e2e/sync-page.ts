/**
 * "Sinkronkan sekarang" on the sync page, then wait until the pass has ended, nothing is left to
 * send, and the state is settled ('conflict' counts: all sent, a conflict left for a person).
 * Shared by the e2e files that play several devices against one server.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const TIMEOUT_MS = 30_000;

export async function syncNow(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/sync`);
  const button = page.getByRole('button', { name: 'Sinkronkan sekarang' });
  await expect.poll(() => button.isEnabled(), { timeout: TIMEOUT_MS }).toBe(true);
  await button.click();
  await expect.poll(() => button.isEnabled(), { timeout: TIMEOUT_MS }).toBe(true);
  await expect
    .poll(() => page.getByTestId('sync-pending-count').textContent(), { timeout: TIMEOUT_MS })
    .toMatch(/^0\b/);
  await expect
    .poll(() => page.locator('.sync-status').getAttribute('data-state'), { timeout: TIMEOUT_MS })
    .toMatch(/^(synced|conflict)$/);
}
