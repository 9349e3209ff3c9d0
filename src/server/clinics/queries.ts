import type { Db } from '../db/create-db';

export function findClinic(db: Db, id: string) {
  return db.selectFrom('clinic').selectAll().where('id', '=', id).executeTakeFirst();
}

export function clinicTherapists(db: Db, clinicId: string) {
  return db
    .selectFrom('therapist')
    .select(['id', 'name', 'credentials', 'bio'])
    .where('clinic_id', '=', clinicId)
    .where('deactivated_at', 'is', null)
    .orderBy('name')
    .execute();
}

export function listAppointmentTypes(db: Db) {
  return db
    .selectFrom('appointment_type')
    .selectAll()
    .orderBy('duration_minutes', 'desc')
    .execute();
}
