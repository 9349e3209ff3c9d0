import type { MiddlewareHandler } from 'hono';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type Logger = Record<Exclude<LogLevel, 'silent'>, (msg: string, fields?: object) => void>;

/** Structured JSON lines on stdout: one object per event, easy to ship and query. */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at =
    (lvl: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: object = {}) => {
      if (LOG_LEVELS.indexOf(lvl) >= threshold)
        write(
          `${JSON.stringify({ level: lvl, time: new Date().toISOString(), msg, ...fields })}\n`,
        );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Gives each request an id (or keeps a sane incoming one) and logs it when it completes. */
export function requestLog(
  logger: Logger,
): MiddlewareHandler<{ Variables: { requestId: string } }> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    // Set before the handler runs: changing headers of a finished response is costly.
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
