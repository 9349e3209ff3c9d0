import type { Kysely } from 'kysely';

/**
 * A counter per account that a password reset raises, copied into every session made. A
 * session whose copy is older is dead, so a sign-in that checked the old password (or spent a
 * link) just before a reset can't leave a session behind that outlives it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('user_account')
    .addColumn('credential_generation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('auth_session')
    .addColumn('credential_generation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('auth_session').dropColumn('credential_generation').execute();
  await db.schema.alterTable('user_account').dropColumn('credential_generation').execute();
}
