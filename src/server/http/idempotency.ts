import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { problem } from './problem';

/** What an Idempotency-Key header may hold (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * The request's Idempotency-Key (null without one), or the 400 answer that says how to fix a
 * malformed one.
 */
export function idempotencyKey(c: Context): { key: string | null } | { refusal: Response } {
  const key = c.req.header('idempotency-key') ?? null;
  if (key === null || IDEMPOTENCY_KEY.test(key)) return { key };
  return {
    refusal: problem(c, 400, 'Invalid request', { say: 'problem.idempotencyKey' }),
  };
}

/** A row id that is the same for one person's key and different for anyone else's. */
export function idForKey(scope: string, ownerId: string, key: string): string {
  const hex = createHash('sha256').update(`${scope}\0${ownerId}\0${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
