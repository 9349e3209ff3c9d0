import type { Generated } from 'kysely';
import type { Locale } from '../../domain/i18n/locale';

/** Timestamps are UTC ISO-8601 strings on both dialects. */
export type SafetyScreeningTable = {
  id: string;
  created_at: string;
  status: 'plan' | 'seek-care';
  urgency: 'emergency' | 'urgent' | 'soon' | null;
  /** JSON array of the red-flag ids answered "yes". */
  red_flags: string;
  /** Set when a signed-in patient answered, so their therapist is alerted. */
  user_id: string | null;
};

export type CareRelationshipTable = {
  therapist_user_id: string;
  patient_user_id: string;
  created_at: number;
};
export type InviteTable = {
  token_hash: string;
  therapist_user_id: string;
  created_at: number;
  revoked_at: number | null;
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

/** When a location closed or a therapist stopped taking bookings (epoch ms); null while open. */
export type ClinicClosingColumns = { closed_at: Generated<number | null> };
export type TherapistClosingColumns = { deactivated_at: Generated<number | null> };

/** The locations an admin manages; none means the whole chain (migration 0019). */
export type StaffClinicTable = { user_id: string; clinic_id: string };

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
  /** The signed-in patient who booked, if any. */
  patient_user_id: string | null;
};

/**
 * The calendar event a visit carries through moves: its UID (kept from the first booking) and
 * SEQUENCE (raised by every move and by a cancel). Rows written before these existed read back
 * a UID derived from the id; the seed leaves them to the defaults.
 */
export type AppointmentCalendarColumns = {
  calendar_uid: string | null;
  calendar_sequence: Generated<number>;
  /** The language its emails and calendar files are written in: the one it was booked in. */
  locale: Generated<Locale>;
};

export type AppointmentClaimTable = {
  therapist_id: string;
  block_start: number;
  appointment_id: string;
};

export type Role = 'patient' | 'therapist' | 'admin';

export type UserAccountTable = {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  therapist_id: string | null;
  created_at: number;
  /** Raised by a password reset; sessions made under an older value are dead. */
  credential_generation: Generated<number>;
  /** What the app, emails and printouts are written in for this person. */
  locale: Generated<Locale>;
};

/** Session and token secrets are never stored, only their SHA-256. */
export type AuthSessionTable = {
  id_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  credential_generation: number;
};

export type AuthTokenTable = {
  token_hash: string;
  user_id: string;
  purpose: 'magic-link' | 'password-reset';
  created_at: number;
  expires_at: number;
  used_at: number | null;
};

export type OutboxTable = {
  id: string;
  to_email: string;
  subject: string;
  body: string;
  created_at: number;
  /** JSON array of { filename, contentType, content }, or null. */
  attachments: string | null;
};

/** Sign-up details waiting for the emailed link to be opened. */
export type PendingSignUpTable = {
  token_hash: string;
  email: string;
  name: string;
  password_hash: string;
  /** SHA-256 of the cookie given to the browser that signed up. */
  browser_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  /** The language the sign-up was made in, for its email and then the account. */
  locale: Generated<Locale>;
};
/** A fixed-window counter: `hits` since `window_start` (epoch ms). */
export type RateLimitTable = { key: string; window_start: number; hits: number };
export type AppSecretTable = { name: string; value: string; created_at: number };

export type AuditLogTable = {
  id: string;
  at: number;
  actor_user_id: string | null;
  action: string;
  subject_user_id: string | null;
  /** JSON */
  detail: string;
  request_id: string | null;
};

export type ExerciseSessionTable = {
  id: string;
  user_id: string;
  idempotency_key: string;
  local_date: string;
  started_at: number;
  finished_at: number;
  outcome: 'finished' | 'stopped';
  /** JSON: what happened to each exercise */
  items: string;
};

export type CheckinEventTable = {
  id: string;
  session_id: string;
  user_id: string;
  exercise_id: string;
  variant: string;
  pain_before: number;
  pain_after: number;
  /** 0 or 1 on both engines */
  tingling_spread: number;
  numbness_spread: number;
  sharp_pain: number;
  lost_balance: number;
  action: string;
  at: number;
};

export type DailyLogTable = {
  user_id: string;
  local_date: string;
  leg_pain: number;
  back_pain: number;
  /** JSON: [{ activity, score }] */
  psfs: string;
  notes: string;
  updated_at: number;
};

/** JSON columns hold a Program (domain/personalization/program.ts). */
export type ProgramVersionTable = {
  patient_user_id: string;
  version: number;
  therapist_user_id: string;
  program: string;
  created_at: number;
};
export type ProgramTemplateTable = {
  id: string;
  therapist_user_id: string;
  name: string;
  program: string;
  created_at: number;
};

/** times: JSON array of "HH:MM" in the patient's own local time. */
export type ReminderTable = {
  user_id: string;
  times: string;
  feed_token_hash: string;
  updated_at: number;
};

export type NoticeTable = {
  key: string;
  topic: string;
  patient_user_id: string;
  recipient_user_id: string;
  sent_at: number;
};

export type NudgeSettingTable = {
  user_id: string;
  /** 1 when the patient wants an email after a missed day (SQLite has no booleans). */
  email: number;
  time_zone: string;
  updated_at: number;
};

export type RtmMinutesTable = {
  id: string;
  patient_user_id: string;
  therapist_user_id: string;
  local_date: string;
  minutes: number;
  note: string;
  created_at: number;
  /** 1 when the time included a live call or video with the patient (SQLite has no booleans). */
  live_contact: Generated<number>;
};

/** Set-up and education for remote monitoring (98975), once per patient and therapist. */
export type RtmSetupTable = {
  patient_user_id: string;
  therapist_user_id: string;
  local_date: string;
  created_at: number;
};

export type StageChangeKind = 'advance' | 'step-back' | 'seek-care';
export type ProposalStatus = 'open' | 'accepted' | 'approved' | 'declined' | 'withdrawn';

/** One move between stages of the long-term program; the newest is the current stage. */
export type StageChangeTable = {
  patient_user_id: string;
  seq: number;
  from_stage: number;
  to_stage: number;
  kind: StageChangeKind;
  /** JSON: the engine's reasons [{ rule, passed, text }]. */
  reasons: string;
  local_date: string;
  /** The first day that counts in the new stage: the day after the move (ADR 0010). */
  since_date: string;
  at: number;
  actor_user_id: string | null;
  proposal_id: string | null;
};

/** An offer of the next stage, accepted by the patient or approved by their therapist. */
export type ProgressionProposalTable = {
  id: string;
  patient_user_id: string;
  from_stage: number;
  to_stage: number;
  guidance: 'self-guided' | 'therapist';
  /** JSON: the engine's reasons. */
  reasons: string;
  /** JSON: the next stage's items for this patient (ProgressionDecision['items']). */
  items: string;
  status: ProposalStatus;
  local_date: string;
  created_at: number;
  decided_at: number | null;
  decided_by: string | null;
  /** A therapist's words on declining. */
  note: Generated<string>;
};

/** One answer to a habit's daily question: done is 0 or 1 (SQLite has no booleans). */
export type HabitCheckTable = {
  user_id: string;
  local_date: string;
  habit_id: string;
  done: number;
  updated_at: number;
};

export type Database = {
  safety_screening: SafetyScreeningTable;
  clinic: ClinicTable & ClinicClosingColumns;
  therapist: TherapistTable & TherapistClosingColumns;
  staff_clinic: StaffClinicTable;
  appointment_type: AppointmentTypeTable;
  time_off: TimeOffTable;
  appointment: AppointmentTable & AppointmentCalendarColumns;
  appointment_claim: AppointmentClaimTable;
  user_account: UserAccountTable;
  auth_session: AuthSessionTable;
  auth_token: AuthTokenTable;
  outbox: OutboxTable;
  rate_limit: RateLimitTable;
  pending_sign_up: PendingSignUpTable;
  app_secret: AppSecretTable;
  audit_log: AuditLogTable;
  exercise_session: ExerciseSessionTable;
  checkin_event: CheckinEventTable;
  daily_log: DailyLogTable;
  care_relationship: CareRelationshipTable;
  invite: InviteTable;
  program_version: ProgramVersionTable;
  program_template: ProgramTemplateTable;
  reminder: ReminderTable;
  rtm_minutes: RtmMinutesTable;
  rtm_setup: RtmSetupTable;
  notice: NoticeTable;
  nudge_setting: NudgeSettingTable;
  stage_change: StageChangeTable;
  progression_proposal: ProgressionProposalTable;
  habit_check: HabitCheckTable;
};
