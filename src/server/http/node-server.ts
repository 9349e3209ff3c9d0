import { getRequestListener, RequestError } from '@hono/node-server';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_TYPE, problemJson } from './problem';

const ANSWERS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request headers too large',
    'The request headers are over 16 KB. Send fewer or smaller headers and cookies.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'Request timeout',
    'The request took too long to arrive. Send it again in one go.',
  ],
  ERR_HTTP_HEADERS_TIMEOUT: [
    408,
    'Request timeout',
    'The request headers took too long to arrive. Send them again in one go.',
  ],
};
const MALFORMED: [number, string, string] = [
  400,
  'Bad request',
  'The request could not be read as HTTP/1.1.',
];

/**
 * Requests that Node refuses before the app runs (headers too large, too slow, not HTTP) get
 * the same problem+json as every other error instead of a bare status line.
 */
function answerClientErrors(server: Server) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, title, detail] = ANSWERS[error.code ?? ''] ?? MALFORMED;
    const body = problemJson(status, title, detail);
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\ncontent-type: ${PROBLEM_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}

/**
 * Whether the adapter can make a web Request of this one. It builds the Request only when the
 * body is first read, so an address it can't take (a user name in it, a Host like "xn--")
 * would fail deep inside a route; it is refused here, before the app runs.
 */
function readableAddress(req: IncomingMessage, fallbackHost: string): boolean {
  try {
    const target = req.url ?? '/';
    const url = target.startsWith('/')
      ? new URL(target, `http://${req.headers.host ?? fallbackHost}`)
      : new URL(target);
    new Request(url);
    return url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** How long an idle kept-alive connection stays open: longer than common proxies keep theirs. */
export const KEEP_ALIVE_MS = 65_000;

/**
 * The HTTP server around the app. A request the adapter can't turn into a URL (a Host header
 * like "a b", say) is answered as problem+json too, not with an empty 400.
 */
export function createNodeServer(
  fetch: (request: Request) => Response | Promise<Response>,
  options: { hostname: string; requestTimeoutMs: number },
): Server {
  const listener = getRequestListener(fetch, {
    hostname: options.hostname,
    errorHandler: (error) => {
      const [status, title, detail] =
        error instanceof RequestError
          ? [400, 'Bad request', "The request's address or Host header could not be read."]
          : [500, 'Internal error', 'Something went wrong on our side.'];
      return new Response(problemJson(status, title, detail), {
        status,
        headers: { 'content-type': PROBLEM_TYPE },
      });
    },
  });
  const server = createServer(
    {
      requestTimeout: options.requestTimeoutMs,
      headersTimeout: Math.min(10_000, options.requestTimeoutMs),
      // How often Node looks for requests past those limits (its default is 30 s).
      connectionsCheckingInterval: Math.min(1000, options.requestTimeoutMs / 2),
      // Clients and proxies reuse an idle connection without asking (a load balancer for up to
      // 60 s): closing it sooner races their next request into a reset connection.
      keepAliveTimeout: KEEP_ALIVE_MS,
    },
    (req, res) => {
      if (!readableAddress(req, options.hostname)) {
        res.writeHead(400, { 'content-type': PROBLEM_TYPE, connection: 'close' });
        res.end(
          problemJson(
            400,
            'Bad request',
            "The request's address or Host header could not be read as a web address.",
          ),
        );
        return;
      }
      // The listener answers every request itself, errors included; nothing waits on its promise.
      void listener(req, res);
    },
  );
  answerClientErrors(server);
  // A proxy tunnel request has no place here; say so instead of closing without a word.
  server.on('connect', (_req, socket: Duplex) => {
    const body = problemJson(405, 'Method not allowed', 'This server is not a proxy.');
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\ncontent-type: ${PROBLEM_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
