import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
  SESSION_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  STATIC_DIR: z.string().default(resolve('dist/web')),
  /** Real mail delivery, e.g. smtp://user:pass@mail.example.com:587. Without it: demo mode. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'use smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('ReliefPath <no-reply@reliefpath.local>'),
  /** Seed the demo clinic chain into an empty database on start. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type Env = z.infer<typeof EnvSchema> & { PUBLIC_URL: string; SESSION_SECRET: string };

/** The only reader of process.env. Fails fast with a message naming the bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    ...env,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    SESSION_SECRET: env.SESSION_SECRET ?? storedSecret(resolve('data/session-secret')),
  };
}

/** Generate the session secret on first run and keep it, so restarts keep sessions valid. */
function storedSecret(path: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}
