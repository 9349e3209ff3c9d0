import { createHmac, timingSafeEqual } from 'node:crypto';

/** Manage links carry an HMAC of the appointment id, so only the person who booked can use them. */
export function appointmentToken(secret: string, appointmentId: string): string {
  return createHmac('sha256', secret)
    .update(`appointment:${appointmentId}`)
    .digest('base64url')
    .slice(0, 32);
}

export function verifyToken(secret: string, appointmentId: string, token: string): boolean {
  const expected = Buffer.from(appointmentToken(secret, appointmentId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
