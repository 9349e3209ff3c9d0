import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './auth';

/**
 * A look at a request before its route runs: a refusal to send instead, or nothing to let it
 * through. Asynchronous only when it must wait (a session lookup, a body to read).
 */
export type Check = (c: Context<AppEnv>) => Response | undefined | Promise<Response | undefined>;

/**
 * Checks run in order as one middleware. Each middleware layer costs every request a frame and
 * promise hops on the way in and again on the way out; a check that does nothing after the
 * route needs neither (six of them as layers were a tenth of a clinic search's time).
 */
export function checksInOrder(...checks: Check[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    for (const check of checks) {
      const outcome = check(c);
      const refused = outcome instanceof Promise ? await outcome : outcome;
      if (refused) return refused;
    }
    await next();
  };
}
