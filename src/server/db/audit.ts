import type { Db } from './create-db';

export type AuditEntry = {
  actor: string | null;
  action: string;
  subject: string | null;
  detail?: Record<string, unknown>;
  requestId?: string | null;
  at: number;
};

/** Who read or changed whose data, and when. Kept even when an account is deleted. */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: crypto.randomUUID(),
      at: entry.at,
      actor_user_id: entry.actor,
      action: entry.action,
      subject_user_id: entry.subject,
      detail: JSON.stringify(entry.detail ?? {}),
      request_id: entry.requestId ?? null,
    })
    .execute();
}
