import type { Context } from 'hono';
import { isLoopbackHost } from '../env';
import type { Check } from './gate';

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
export function clientAddress(trustProxy: number): Check {
  return (c) => {
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
    return undefined;
  };
}

/** Headers that some proxy or CDN adds on the way: their presence means the caller is elsewhere. */
const PROXY_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'x-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
  'x-cluster-client-ip',
  'x-envoy-external-address',
  'x-proxyuser-ip',
  'x-forwarded-server',
  'x-forwarded-port',
  'x-original-host',
  'x-host',
  'via',
];

/**
 * Asked for by name on this machine, not through a proxy: a browser tricked by DNS rebinding
 * sends the attacker's host name, and proxies add forwarding headers. Both the Host header and
 * the request line must name loopback (an absolute URL in the request line can differ).
 */
export function isLoopbackRequest(c: Context): boolean {
  const hostHeader = (c.req.header('host') ?? '').replace(/:\d+$/, '');
  const peer = socketAddress(c);
  return (
    isLoopbackHost(new URL(c.req.url).hostname) &&
    (hostHeader === '' || isLoopbackHost(hostHeader)) &&
    PROXY_HEADERS.every((name) => c.req.header(name) === undefined) &&
    (peer === null || isLoopbackHost(peer.replace(/^::ffff:/, '')))
  );
}
