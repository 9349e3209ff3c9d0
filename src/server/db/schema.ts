/** Timestamps are UTC ISO-8601 strings on both dialects. */
export type SafetyScreeningTable = {
  id: string;
  created_at: string;
  status: 'plan' | 'seek-care';
  urgency: 'emergency' | 'urgent' | 'soon' | null;
  /** JSON array of the red-flag ids answered "yes". */
  red_flags: string;
};

/** JSON columns hold text on both engines; queries.ts parses them with zod. */
export type ClinicTable = {
  id: string;
  name: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  lat: number;
  lon: number;
  phone: string;
  time_zone: string;
  services: string;
  opening_hours: string;
};

export type TherapistTable = {
  id: string;
  clinic_id: string;
  name: string;
  credentials: string;
  bio: string;
  working_hours: string;
};

export type AppointmentTypeTable = {
  id: string;
  name: string;
  description: string;
  duration_minutes: number;
  buffer_minutes: number;
  step_minutes: number;
  min_notice_minutes: number;
  horizon_days: number;
};

/** Instants are epoch milliseconds. */
export type TimeOffTable = {
  id: string;
  therapist_id: string;
  starts_at: number;
  ends_at: number;
  reason: string;
};

export type AppointmentTable = {
  id: string;
  clinic_id: string;
  therapist_id: string;
  appointment_type_id: string;
  starts_at: number;
  ends_at: number;
  status: 'booked' | 'cancelled';
  guest_name: string;
  guest_email: string;
  guest_phone: string;
  idempotency_key: string | null;
  request_hash: string;
  rescheduled_from: string | null;
  created_at: number;
  cancelled_at: number | null;
};

export type AppointmentClaimTable = {
  therapist_id: string;
  block_start: number;
  appointment_id: string;
};

export type Database = {
  safety_screening: SafetyScreeningTable;
  clinic: ClinicTable;
  therapist: TherapistTable;
  appointment_type: AppointmentTypeTable;
  time_off: TimeOffTable;
  appointment: AppointmentTable;
  appointment_claim: AppointmentClaimTable;
};
