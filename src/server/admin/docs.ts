import type { RouteDoc } from '../http/openapi';

/** An admin-only route's documentation; `responses` defaults to a plain 200. */
export const adminDoc = (
  method: RouteDoc['method'],
  path: string,
  summary: string,
  extra: Partial<RouteDoc> = {},
): RouteDoc => ({
  method,
  path,
  summary,
  tags: ['admin'],
  access: 'admin',
  responses: { 200: { description: 'Done.' } },
  ...extra,
});
