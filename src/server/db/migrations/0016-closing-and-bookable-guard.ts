import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Therapists can be deactivated and locations closed (both kept, for their history), and the
 * database itself refuses a visit that should not be booked: with a therapist who is away then
 * (time off), deactivated, or at a closed location. The booking path checks all three before
 * it writes; this trigger settles the race with an admin saving one of them at that moment.
 *
 * On PostgreSQL the trigger first takes a share lock on the therapist's and the location's rows.
 * Saving time off, deactivating or closing takes those rows for update, so the two wait for
 * each other: a booking that comes second sees the time off (and is refused), and an admin
 * action that comes second sees the booking (and lists it). Bookings share the lock, so they
 * don't wait for each other. SQLite runs one write at a time, so the check alone is enough.
 * Refusals use SQLSTATE 23P01 (exclusion violation), as an EXCLUDE constraint would.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('therapist').addColumn('deactivated_at', 'bigint').execute();
  await db.schema.alterTable('clinic').addColumn('closed_at', 'bigint').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create function appointment_bookable() returns trigger language plpgsql as $$
      declare
        open boolean;
      begin
        if new.status <> 'booked' then return new; end if;
        -- After waiting for the lock, FOR SHARE reads the rows as they are now.
        select t.deactivated_at is null and c.closed_at is null into open
          from therapist t join clinic c on c.id = t.clinic_id
          where t.id = new.therapist_id for share;
        if open is not true or exists (
             select 1 from time_off o
             where o.therapist_id = new.therapist_id
               and o.starts_at < new.ends_at and o.ends_at > new.starts_at) then
          raise exception 'appointment_not_bookable: the therapist is away then, no longer takes bookings, or the location has closed'
            using errcode = '23P01';
        end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger appointment_bookable before insert on appointment
      for each row execute function appointment_bookable()`.execute(db);
    return;
  }
  await sql`
    create trigger appointment_bookable before insert on appointment
    for each row when new.status = 'booked' and (
      not exists (
        select 1 from therapist t join clinic c on c.id = t.clinic_id
        where t.id = new.therapist_id and t.deactivated_at is null and c.closed_at is null)
      or exists (
        select 1 from time_off o
        where o.therapist_id = new.therapist_id
          and o.starts_at < new.ends_at and o.ends_at > new.starts_at))
    begin
      select raise(abort, 'appointment_not_bookable: the therapist is away then, no longer takes bookings, or the location has closed');
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop trigger if exists appointment_bookable on appointment`.execute(db);
    await sql`drop function if exists appointment_bookable()`.execute(db);
  } else await sql`drop trigger if exists appointment_bookable`.execute(db);
  await db.schema.alterTable('clinic').dropColumn('closed_at').execute();
  await db.schema.alterTable('therapist').dropColumn('deactivated_at').execute();
}
