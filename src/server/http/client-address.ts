import type { Context, MiddlewareHandler } from 'hono';
import { isLoopbackHost } from '../env';

const IP = /^[0-9A-Fa-f:.]{2,45}$/;

/** The socket's peer, when the app is served over a socket (app.request in tests has none). */
function socketAddress(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/**
 * Who is calling, for rate limits. X-Forwarded-For is believed only as far as `trustProxy`
 * hops: each trusted proxy appends the address it saw, so counting from the right skips what a
 * caller wrote into the header themselves.
 */
export function clientAddress(trustProxy: number): MiddlewareHandler<{
  Variables: { clientAddress: string | null };
}> {
  return async (c, next) => {
    const hops = [
      socketAddress(c),
      ...(c.req.header('x-forwarded-for') ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean)
        .reverse(),
    ];
    const picked = hops[Math.min(trustProxy, hops.length - 1)] ?? null;
    c.set('clientAddress', picked && IP.test(picked) ? picked.toLowerCase() : null);
    await next();
  };
}

/**
 * Asked for by name on this machine, not through a proxy: a browser tricked by DNS rebinding
 * would send the attacker's host name, and a proxy adds forwarding headers.
 */
export function isLoopbackRequest(c: Context): boolean {
  // The Node adapter builds the URL from the Host header.
  const host = new URL(c.req.url).hostname;
  const forwarded = c.req.header('forwarded') ?? c.req.header('x-forwarded-for');
  const peer = socketAddress(c);
  return (
    isLoopbackHost(host) &&
    forwarded === undefined &&
    (peer === null || isLoopbackHost(peer.replace(/^::ffff:/, '')))
  );
}
