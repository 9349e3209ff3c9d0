/**
 * A unique or primary-key violation, from either engine; or the booking guard's refusal (a
 * time just blocked by time off, a therapist or location just closed: migration 0016), which
 * to whoever was booking is the same thing, that time was just taken.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = String(error.code);
  return (
    code === '23505' ||
    code === '23P01' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    (code === 'SQLITE_CONSTRAINT_TRIGGER' &&
      'message' in error &&
      String(error.message).includes('appointment_not_bookable'))
  );
}

/**
 * A write that refers to a row that is gone (an account deleted a moment earlier, say); the
 * database refused it whole, so nothing was half-written.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = String(error.code);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
