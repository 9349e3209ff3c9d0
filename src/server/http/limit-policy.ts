import type { Limit } from '../db/rate-limits';
import { sha256 } from './auth';

/** Keys hold hashes, so the counters keep no email or IP address in the clear. */
const id = (value: string) => sha256(value).slice(0, 32);

const MINUTE = 60_000;
export const SIGN_IN_WINDOW_MS = 15 * MINUTE;

/**
 * Password sign-in limits (see docs/decisions/0005-sign-in-limits.md). A browser that signed in
 * to the account before carries a device cookie and has a limit of its own, so nobody elsewhere
 * can lock the owner out. Everyone else is counted per account and address (a typo-prone
 * person), per account across all addresses (so switching address gains nothing), and per
 * address across accounts (credential stuffing).
 */
export const SIGN_IN_LIMITS = {
  perDevice: 10,
  perAccountAndAddress: 5,
  perAccount: 50,
  perAddress: 100,
} as const;

export function signInLimits(email: string, address: string, device: string | null): Limit[] {
  const windowMs = SIGN_IN_WINDOW_MS;
  if (device)
    return [{ key: `sign-in:device:${id(device)}`, max: SIGN_IN_LIMITS.perDevice, windowMs }];
  return [
    {
      key: `sign-in:account-address:${id(`${email}|${address}`)}`,
      max: SIGN_IN_LIMITS.perAccountAndAddress,
      windowMs,
    },
    { key: `sign-in:account:${id(email)}`, max: SIGN_IN_LIMITS.perAccount, windowMs },
    { key: `sign-in:address:${id(address)}`, max: SIGN_IN_LIMITS.perAddress, windowMs },
  ];
}

/**
 * Emails with a link (sign-in, reset, sign-up): at most 3 to one address in 15 minutes, so
 * nobody can flood an inbox, and at most 30 an hour asked from one client address. The owner
 * is never left without a way in: a link from the last 20 minutes is already in their inbox.
 */
export function linkMailLimits(email: string, address: string): Limit[] {
  return [
    { key: `mail:to:${id(email)}`, max: 3, windowMs: 15 * MINUTE },
    { key: `mail:from:${id(address)}`, max: 30, windowMs: 60 * MINUTE },
  ];
}

/** Anonymous red-flag answers are stored for follow-up; one address can add 20 an hour. */
export function screeningRecordLimits(address: string): Limit[] {
  return [{ key: `screening:from:${id(address)}`, max: 20, windowMs: 60 * MINUTE }];
}
