import { resolve } from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default(`file:${resolve('data/reliefpath.db')}`)
    .refine((url) => /^(file:|postgres(ql)?:\/\/|:memory:$)/.test(url), {
      message: 'use file:/path/to.db for SQLite or postgres://user@host/db for PostgreSQL',
    }),
  PUBLIC_URL: z.url().optional(),
  /** Signs links and CSRF tokens. Without it, one is generated and kept in the database. */
  SESSION_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  STATIC_DIR: z.string().default(resolve('dist/web')),
  /** Real mail delivery, e.g. smtp://user:pass@mail.example.com:587. Without it: demo mode. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'use smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('ReliefPath <no-reply@reliefpath.local>'),
  /**
   * How many reverse proxies sit in front of the app. With 1, the client address is the last
   * X-Forwarded-For entry (the one our own proxy added); with 0 the header is ignored, so a
   * caller can't pick the address the rate limits see.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  /** A request (headers and body) must arrive within this many seconds, or it gets a 408. */
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** Seed the demo clinic chain into an empty database on start (default: local servers only). */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

export type Exposure = 'local' | 'reachable';
export type Env = Omit<z.infer<typeof EnvSchema>, 'SEED_DEMO'> & {
  PUBLIC_URL: string;
  SEED_DEMO: boolean;
  /** `local`: only this machine can reach the server, so demo conveniences are safe. */
  EXPOSURE: Exposure;
};

/** The only reader of process.env. Fails fast with a message naming the bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const exposure = exposureOf({ host: env.HOST, publicUrl, trustProxy: env.TRUST_PROXY });
  return {
    ...env,
    PUBLIC_URL: publicUrl,
    SEED_DEMO: env.SEED_DEMO ?? exposure === 'local',
    EXPOSURE: exposure,
  };
}

const LOOPBACK_NAMES = new Set(['localhost', '::1', '[::1]', '0:0:0:0:0:0:0:1']);

/** 127.0.0.0/8, ::1 and localhost: names that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return (
    LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name)
  );
}

/**
 * A server is local only when it listens on loopback, people reach it by a loopback address,
 * and no proxy forwards to it. Anything else may be reached by strangers.
 */
export function exposureOf(config: { host: string; publicUrl: string; trustProxy: number }) {
  const local =
    isLoopbackHost(config.host) &&
    isLoopbackHost(new URL(config.publicUrl).hostname) &&
    config.trustProxy === 0;
  return local ? 'local' : 'reachable';
}

/**
 * What must be fixed before a reachable server may start. Without SMTP its mail (sign-in links,
 * password resets, therapists' alerts) would have nowhere safe to go: the demo outbox shows mail
 * to whoever asks, which on a reachable server is an account-takeover door.
 */
export function servingProblems(env: Env): string[] {
  if (env.EXPOSURE === 'local' || env.SMTP_URL) return [];
  return [
    `This server can be reached from other machines (HOST=${env.HOST}, PUBLIC_URL=${env.PUBLIC_URL}${env.TRUST_PROXY ? `, TRUST_PROXY=${env.TRUST_PROXY}` : ''}), but SMTP_URL is not set.`,
    'Sign-in links, password resets and alerts need real mail delivery here: the demo outbox only works on a local server.',
    'Set SMTP_URL (e.g. smtp://user:pass@mail.example.com:587), or run locally with HOST=127.0.0.1 and no PUBLIC_URL.',
  ];
}
