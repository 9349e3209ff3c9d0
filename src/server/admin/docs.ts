import type { RouteWords } from '../http/openapi';

/** An admin-only route's words; `responses` defaults to a plain 200. */
export const adminWords = (summary: string, extra: Partial<RouteWords> = {}): RouteWords => ({
  summary,
  tags: ['admin'],
  access: 'admin',
  responses: { 200: { description: 'Done.' } },
  ...extra,
});
