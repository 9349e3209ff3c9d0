import { sql, type Kysely } from 'kysely';

/**
 * Accounts (H2): users with roles, database sessions, single-use sign-in and reset tokens, a
 * local outbox for mail when no SMTP server is configured, login attempts for rate limiting,
 * and an audit log of who read or changed whose data. Secrets are stored only as hashes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('patient', 'therapist', 'admin')`),
    )
    .addColumn('password_hash', 'text')
    .addColumn('therapist_id', 'text', (c) => c.references('therapist.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('auth_session')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('auth_session_user').on('auth_session').column('user_id').execute();

  await db.schema
    .createTable('auth_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('magic-link', 'password-reset')`),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_email', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('login_attempt')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempt_key_at')
    .on('login_attempt')
    .columns(['key', 'at'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_user_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_subject')
    .on('audit_log')
    .columns(['subject_user_id', 'at'])
    .execute();

  await db.schema
    .alterTable('appointment')
    .addColumn('patient_user_id', 'text', (c) =>
      c.references('user_account.id').onDelete('set null'),
    )
    .execute();
  await db.schema
    .createIndex('appointment_patient')
    .on('appointment')
    .column('patient_user_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('appointment_patient').execute();
  await db.schema.alterTable('appointment').dropColumn('patient_user_id').execute();
  for (const table of [
    'audit_log',
    'login_attempt',
    'outbox',
    'auth_token',
    'auth_session',
    'user_account',
  ])
    await db.schema.dropTable(table).execute();
}
