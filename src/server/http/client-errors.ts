import type { Server } from 'node:http';
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
export function answerClientErrors(server: Server) {
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
