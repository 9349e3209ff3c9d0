import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/** Remembers that this browser signed in to an account before (OWASP's "device cookie"). */
export const DEVICE_COOKIE = 'rp_device';
const DEVICE_TTL_S = 365 * 24 * 3600;

const signature = (secret: string, email: string, id: string) =>
  createHmac('sha256', secret).update(`device:${email}:${id}`).digest('base64url');

/** The id of this browser's device cookie when it was issued for `email`; null otherwise. */
export function trustedDevice(c: Context, secret: string, email: string): string | null {
  const [id, mac] = (getCookie(c, DEVICE_COOKIE) ?? '').split('.');
  if (!id || !mac || !/^[\w-]{16,64}$/.test(id)) return null;
  const expected = Buffer.from(signature(secret, email, id));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** After any successful sign-in: this browser now has its own sign-in limit for the account. */
export function rememberDevice(c: Context, secret: string, email: string, secure: boolean) {
  const id = trustedDevice(c, secret, email) ?? randomBytes(18).toString('base64url');
  setCookie(c, DEVICE_COOKIE, `${id}.${signature(secret, email, id)}`, {
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    path: '/api/v1/auth',
    maxAge: DEVICE_TTL_S,
  });
}
