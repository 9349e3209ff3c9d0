import { sql, type Kysely } from 'kysely';

/**
 * Where each patient is in the long-term program (issue 11). `stage_change` is the history, one
 * numbered row per move; the newest row is the current stage (none yet: stage 1). Numbering per
 * patient makes two moves decided at once collide on the key instead of both landing.
 * `progression_proposal` holds offers of the next stage: the patient accepts (self-guided) or
 * their therapist approves or declines. At most one is open per patient (partial unique index).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('progression_proposal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('from_stage', 'integer', (c) => c.notNull())
    .addColumn('to_stage', 'integer', (c) => c.notNull())
    .addColumn('guidance', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('decided_at', 'bigint')
    .addColumn('decided_by', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('progression_proposal_one_open')
    .on('progression_proposal')
    .column('patient_user_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('progression_proposal_patient')
    .on('progression_proposal')
    .columns(['patient_user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('stage_change')
    .addColumn('patient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('from_stage', 'integer', (c) => c.notNull())
    .addColumn('to_stage', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('since_date', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('proposal_id', 'text', (c) =>
      c.references('progression_proposal.id').onDelete('set null'),
    )
    .addPrimaryKeyConstraint('stage_change_pk', ['patient_user_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stage_change').execute();
  await db.schema.dropTable('progression_proposal').execute();
}
