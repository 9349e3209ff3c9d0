import { i18n } from '@lingui/core';
import { hc } from 'hono/client';
import type { AppType } from '../server/app';
import { userMessage } from './messages';
import { sendOrKeep } from './offline/send';
import type { Locale } from '../domain/i18n/locale';
import type { RecheckReason } from '../domain/safety/recheck';
import type { SavedSession } from '../server/progress/schemas';
import type { Intake } from '../domain/personalization/intake';
import type { PlanResult } from '../domain/personalization/plan';

let csrfToken = '';
/** State-changing requests made with a session carry its CSRF token. */
export function setCsrfToken(token: string) {
  csrfToken = token;
}
/** Shared with the admin screens' own calls (routes/admin-api.ts). */
export const client = hc<AppType>('/', {
  headers: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}),
});

/** A refusal from the server, with the fields it names (problem+json `errors`). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly fields: string[] = [],
    /** The problem+json body as sent: each field's message, and any extension members. */
    readonly problem: ProblemBody = {},
  ) {
    super(message);
  }
}
export type ProblemBody = {
  status?: number;
  errors?: { field: string; message: string }[];
} & Record<string, unknown>;

/** Server answers; a refusal becomes words for people (messages.ts), with its fields kept. */
export async function read<T>(res: Response): Promise<T> {
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as
      (ProblemBody & { detail?: string; errors?: { field: string; message: string }[] }) | null;
    throw new ApiError(
      userMessage(res.status, problem),
      (problem?.errors ?? []).map((e) => e.field),
      problem ?? {},
    );
  }
  return (await res.json()) as T;
}

/** The server screens and plans (and records red flags); the page only shows the answer. */
export async function previewPlan(intake: Intake): Promise<PlanResult> {
  return read<PlanResult>(await client.api.v1.plan.preview.$post({ json: intake }));
}

export type ClinicSummary = {
  id: string;
  name: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  lat: number;
  lon: number;
  timeZone: string;
  services: string[];
  distanceKm?: number;
  openNow: boolean;
  todayHours: { opens: string; closes: string }[];
};
export type Origin = { lat: number; lon: number; label: string };
export type Slot = {
  start: string;
  end: string;
  therapistId: string;
  therapistName: string;
  localDate: string;
  localTime: string;
};
export type ClinicDetail = {
  clinic: ClinicSummary & { weeklyHours: { weekday: number; opens: string; closes: string }[] };
  therapists: { id: string; name: string; credentials: string; bio: string }[];
  appointmentTypes: { id: string; name: string; description: string; durationMinutes: number }[];
};
export type Appointment = {
  id: string;
  status: 'booked' | 'cancelled';
  start: string;
  end: string;
  localDate: string;
  localTime: string;
  timeZone: string;
  clinic: {
    id: string;
    name: string;
    address: string;
    city: string;
    state: string;
    zip: string;
    phone: string;
  };
  therapist: { id: string; name: string };
  appointmentType: { id: string; name: string; durationMinutes: number };
  guest: { name: string; email: string; phone: string };
  rescheduledFrom: string | null;
  movedTo: { start: string; localDate: string; localTime: string } | null;
  links: { manage: string; calendar: string };
};
export type Guest = { name: string; email: string; phone: string };

/** The slot went to someone else first; these are the nearest open times. */
export class SlotTakenError extends Error {
  constructor(
    message: string,
    readonly alternatives: Slot[],
  ) {
    super(message);
  }
}

export type ClinicQuery =
  { zip: string } | { city: string; state: string } | { lat: string; lon: string };

export async function searchClinics(where: ClinicQuery) {
  return read<{ origin: Origin; clinics: ClinicSummary[] }>(
    await client.api.v1.clinics.$get({ query: { ...where, limit: '10' } }),
  );
}

export async function nextAvailable(where: { zip: string } | { lat: string; lon: string }) {
  return read<{ origin: Origin; results: { clinic: ClinicSummary; next: Slot | null }[] }>(
    await client.api.v1.slots.next.$get({
      query: { ...where, appointmentType: 'initial-evaluation', clinics: '5' },
    }),
  );
}

export async function clinicDetail(id: string) {
  return read<ClinicDetail>(await client.api.v1.clinics[':id'].$get({ param: { id } }));
}

export async function slots(
  clinicId: string,
  appointmentType: string,
  from: Date,
  to: Date,
  therapistId?: string,
) {
  return read<{ timeZone: string; slots: Slot[] }>(
    await client.api.v1.slots.$get({
      query: {
        clinicId,
        appointmentType,
        from: from.toISOString(),
        to: to.toISOString(),
        ...(therapistId ? { therapistId } : {}),
      },
    }),
  );
}

async function readBooking(res: Response): Promise<Appointment> {
  if (res.status === 409) {
    const body = (await res.json()) as { detail: string; alternatives?: Slot[] };
    throw new SlotTakenError(body.detail, body.alternatives ?? []);
  }
  return read<Appointment>(res);
}

export async function bookAppointment(
  request: {
    slot: string;
    /** Left out: whichever therapist at the clinic is free at that time. */
    therapistId?: string;
    appointmentType: string;
    clinicId: string;
    guest: Guest;
  },
  idempotencyKey: string,
) {
  return readBooking(
    await client.api.v1.appointments.$post(
      { json: request },
      { headers: { 'idempotency-key': idempotencyKey } },
    ),
  );
}

export async function getAppointment(id: string, token: string) {
  return read<Appointment>(
    await client.api.v1.appointments[':id'].$get({ param: { id }, query: { token } }),
  );
}

export async function cancelAppointment(id: string, token: string) {
  return read<Appointment>(
    await client.api.v1.appointments[':id'].cancel.$post({ param: { id }, query: { token } }),
  );
}

/** `therapistId` null: whichever therapist at the clinic is free at that time. */
export async function rescheduleAppointment(
  id: string,
  token: string,
  slot: string,
  therapistId: string | null,
) {
  return readBooking(
    await client.api.v1.appointments[':id'].reschedule.$post({
      param: { id },
      query: { token },
      json: therapistId ? { slot, therapistId } : { slot, anyTherapist: true },
    }),
  );
}

export type Me = {
  user: {
    id: string;
    email: string;
    name: string;
    role: 'patient' | 'therapist' | 'admin';
    locale: Locale;
  };
  csrfToken: string;
};

/** The signed-in person's language, kept on their account for emails and printouts. */
export async function saveLocale(locale: Locale) {
  return read<{ locale: Locale }>(await client.api.v1.me.locale.$put({ json: { locale } }));
}

export async function fetchMe(): Promise<Me | null> {
  const session = await read<Me | { user: null; csrfToken: null }>(
    await client.api.v1.auth.session.$get(),
  );
  return session.user ? session : null;
}
export async function signIn(email: string, password: string) {
  return read<Me>(await client.api.v1.auth['sign-in'].$post({ json: { email, password } }));
}
/** Starts an account: the server emails a link that finishes it (see confirmSignUp). */
export async function signUp(name: string, email: string, password: string, next?: string) {
  return read<{ detail: string }>(
    await client.api.v1.auth['sign-up'].$post({
      json: { name, email, password, ...(next ? { next } : {}) },
    }),
  );
}
/** `password` only when the link is opened in another browser than the one that signed up. */
export async function confirmSignUp(token: string, password?: string) {
  return read<Me>(
    await client.api.v1.auth['sign-up'].confirm.$post({
      json: { token, ...(password ? { password } : {}) },
    }),
  );
}
export async function signOut() {
  const res = await client.api.v1.auth['sign-out'].$post();
  const status: number = res.status;
  if (!res.ok && status !== 401) throw new ApiError(i18n._('failure.signOut'));
}
export async function requestMagicLink(email: string) {
  return read<{ detail: string }>(
    await client.api.v1.auth['magic-link'].$post({ json: { email } }),
  );
}
export async function verifyMagicLink(token: string) {
  return read<Me>(await client.api.v1.auth['magic-link'].verify.$post({ json: { token } }));
}
export async function requestPasswordReset(email: string) {
  return read<{ detail: string }>(
    await client.api.v1.auth['password-reset'].$post({ json: { email } }),
  );
}
export async function resetPassword(token: string, password: string) {
  return read<Me>(
    await client.api.v1.auth['password-reset'].confirm.$post({ json: { token, password } }),
  );
}
export async function myAppointments() {
  return read<Appointment[]>(await client.api.v1.me.appointments.$get());
}
export type OutboxMail = {
  id: string;
  to: string;
  subject: string;
  body: string;
  sentAt: string;
  attachments: { filename: string; contentType: string; content: string }[];
};
export async function outbox() {
  return read<OutboxMail[]>(await fetch('/api/v1/dev/outbox'));
}

export type { SavedSession };
const sendSession = (session: SavedSession) => client.api.v1.me.sessions.$post({ json: session });
export async function saveSession(session: SavedSession) {
  return read<{ id: string }>(await sendSession(session));
}
/** A session finished offline is kept on this device until it can be sent. */
export async function saveSessionOrKeep(userId: string, session: SavedSession) {
  return sendOrKeep(
    {
      key: session.idempotencyKey,
      userId,
      kind: 'session',
      method: 'POST',
      path: '/api/v1/me/sessions',
      body: session,
      urgent: false,
    },
    () => sendSession(session),
    read<{ id: string }>,
  );
}

export type DailyLogInput = {
  legPain: number;
  backPain: number;
  psfs: { activity: string; score: number }[];
  notes: string;
};
/** A day's log, or kept on this device when offline: the latest change to a day wins. */
export async function saveLog(userId: string, date: string, log: DailyLogInput) {
  return sendOrKeep(
    {
      key: `log-${date}-${userId}`,
      userId,
      kind: 'log',
      method: 'PUT',
      path: `/api/v1/me/logs/${date}`,
      body: log,
      urgent: false,
    },
    () => client.api.v1.me.logs[':date'].$put({ param: { date }, json: log }),
    read<DailyLogInput & { date: string; safetyRecheck: RecheckReason | null }>,
  );
}

export type ProgressView = {
  logs: (DailyLogInput & { date: string })[];
  sessions: {
    id: string;
    localDate: string;
    outcome: 'finished' | 'stopped';
    startedAt: string;
    exercises: number;
    checkins: number;
  }[];
  missedADay: boolean;
  safetyRecheck: RecheckReason | null;
  progress: {
    baseline: { date: string; legPain: number; backPain: number } | null;
    latest: { date: string; legPain: number; backPain: number } | null;
    legChange: number | null;
    meaningfulImprovement: boolean;
    meaningfulWorsening: boolean;
    adherence: { done: number; prescribed: number; percent: number };
    weeks: { from: string; to: string; done: number; prescribed: number }[];
    prescription: { daysPerWeek: number; sessionsPerDay: number };
    streakDays: number;
    summary: string[];
  };
};
export async function fetchSafetyRecheck() {
  return read<{ safetyRecheck: RecheckReason | null }>(
    await client.api.v1.me['safety-recheck'].$get(),
  );
}
export async function fetchProgress(today: string) {
  return read<ProgressView>(await client.api.v1.me.progress.$get({ query: { today } }));
}

/** The person's own calendar date, YYYY-MM-DD. */
export function localToday(): string {
  return new Date().toLocaleDateString('en-CA');
}

/** What changed, as facts; the page words it (domain/monitoring/alert-words.ts). */
export type Alert = import('../domain/monitoring/alerts').Alert;
export type RosterRow = {
  id: string;
  name: string;
  email: string;
  joined: string;
  adherencePercent: number;
  baselineLegPain: number | null;
  latestLegPain: number | null;
  legChange: number | null;
  lastActivity: string | null;
  alerts: Alert[];
  /** An offer of the next stage waiting for the therapist's approval. */
  readyToProgress: null | {
    proposalId: string;
    fromStage: number;
    toStage: number;
    toStageName: string;
    date: string;
  };
};
export type PatientDetail = {
  patient: { id: string; name: string; email: string; joined: string; locale: Locale };
  alerts: Alert[];
  logs: (DailyLogInput & { date: string })[];
  sessions: { id: string; date: string; outcome: 'finished' | 'stopped' }[];
  checkins: {
    date: string;
    exerciseId: string;
    variant: string;
    painBefore: number;
    painAfter: number;
    tinglingSpread: boolean;
    numbnessSpread: boolean;
    action: string;
  }[];
  summary: string[];
};

export async function createInvite() {
  return read<{ url: string; qrSvg: string }>(await client.api.v1.therapist.invites.$post());
}
export async function inviteInfo(token: string) {
  return read<{ therapistName: string; clinicName: string | null }>(
    await client.api.v1.invites[':token'].$get({ param: { token } }),
  );
}
export async function acceptInvite(token: string) {
  return read<{ therapistName: string; clinicName: string | null }>(
    await client.api.v1.invites[':token'].accept.$post({ param: { token } }),
  );
}
export async function roster(today: string) {
  return read<RosterRow[]>(await client.api.v1.therapist.patients.$get({ query: { today } }));
}
export async function patientDetail(id: string, today: string) {
  return read<PatientDetail>(
    await client.api.v1.therapist.patients[':id'].$get({ param: { id }, query: { today } }),
  );
}

export type ProgramItem = {
  exerciseId: (typeof import('../domain/exercises/library').EXERCISE_IDS)[number];
  variant: string;
  holdSeconds: number;
  reps: number;
  sets: number;
  sides: 'both' | 'left' | 'right';
  props: ('strap' | 'towel' | 'pillow' | 'chair' | 'step')[];
  sessionsPerDay: number;
  daysPerWeek: number;
};
export type Trigger = (typeof import('../domain/personalization/intake').TRIGGERS)[number];
export type Program = { items: ProgramItem[]; note: string; loosen: Trigger[] };
export type ProgramVersion = {
  version: number;
  createdAt: string;
  therapistName: string;
  program: Program;
};

/** The signed-in patient's current program (from the last answer kept, when offline). */
export async function myProgram(): Promise<ProgramVersion | null> {
  const current = await read<ProgramVersion | { version: null }>(
    await client.api.v1.me.program.$get(),
  );
  return current.version === null ? null : current;
}

export async function programHistory(patientId: string) {
  return read<ProgramVersion[]>(
    await client.api.v1.therapist.patients[':id'].program.$get({ param: { id: patientId } }),
  );
}
export async function assignProgram(patientId: string, program: Program) {
  return read<ProgramVersion>(
    await client.api.v1.therapist.patients[':id'].program.$put({
      param: { id: patientId },
      json: program,
    }),
  );
}
export async function listTemplates() {
  return read<{ id: string; name: string; program: Program }[]>(
    await client.api.v1.therapist.templates.$get(),
  );
}
export async function saveTemplate(name: string, program: Program) {
  return read<{ id: string }>(
    await client.api.v1.therapist.templates.$post({ json: { name, program } }),
  );
}
const sendPlanRequest = (intake: Intake, key: string) =>
  client.api.v1.me.plan.$post({ json: intake }, { headers: { 'idempotency-key': key } });
/** A signed-in patient's plan comes from their therapist's program when they have one. */
export async function planForMe(intake: Intake): Promise<PlanResult> {
  return read<PlanResult>(await sendPlanRequest(intake, crypto.randomUUID()));
}
/**
 * The same, but answers given offline are kept to be recorded later (a red flag first) and this
 * resolves kept: the page then screens them itself.
 */
export async function planForMeOrKeep(userId: string, intake: Intake) {
  const key = crypto.randomUUID();
  return sendOrKeep(
    {
      key,
      userId,
      kind: 'screening',
      method: 'POST',
      path: '/api/v1/me/plan',
      body: intake,
      urgent: Object.values(intake.redFlags).some(Boolean),
    },
    () => sendPlanRequest(intake, key),
    read<PlanResult>,
  );
}

/** How much went with a deleted account, to tell the person. */
export type DeletedCounts = {
  dailyLogs: number;
  sessions: number;
  checkins: number;
  programVersions: number;
  habitChecks: number;
  appointmentsCancelled: number;
};
export async function deleteAccount(confirmEmail: string) {
  const res = await client.api.v1.me.$delete({ json: { confirmEmail } });
  return (await read<{ deleted: DeletedCounts }>(res)).deleted;
}

export async function getReminders() {
  return read<{ times: string[]; feedUrl: string | null }>(await client.api.v1.me.reminders.$get());
}
/**
 * Saved now, the answer carries a new calendar link to show. Kept offline, it is sent later
 * keeping the link already given, so nobody's calendar loses its reminders.
 */
export async function setReminders(userId: string, times: string[]) {
  return sendOrKeep(
    {
      key: `reminders-${userId}`,
      userId,
      kind: 'reminders',
      method: 'PUT',
      path: '/api/v1/me/reminders',
      body: { times, keepLink: true },
      urgent: false,
    },
    () => client.api.v1.me.reminders.$put({ json: { times } }),
    read<{ times: string[]; feedUrl: string | null }>,
  );
}

export type RtmReport = import('../server/care/schemas').RtmReportView;
export type RtmPatient = import('../server/care/schemas').RtmPatientView;
export async function rtmReport(month: string) {
  return read<RtmReport>(await client.api.v1.therapist.rtm.$get({ query: { month } }));
}
export async function rtmForPatient(patientId: string, month: string) {
  return read<RtmPatient>(
    await client.api.v1.therapist.patients[':id'].rtm.$get({
      param: { id: patientId },
      query: { month },
    }),
  );
}
export async function recordRtmSetup(patientId: string, date: string) {
  await read(
    await client.api.v1.therapist.patients[':id']['rtm-setup'].$post({
      param: { id: patientId },
      json: { date },
    }),
  );
}
export async function logRtmMinutes(
  patientId: string,
  date: string,
  minutes: number,
  note: string,
  liveContact = false,
) {
  await read(
    await client.api.v1.therapist.patients[':id']['rtm-minutes'].$post({
      param: { id: patientId },
      json: { date, minutes, note, liveContact },
    }),
  );
}

export type WorkingHours = { weekday: number; startMinute: number; endMinute: number };
export type ClinicInput = {
  name: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  timeZone: string;
  services: string[];
  openingHours: WorkingHours[];
};
export type AdminClinic = ClinicInput & {
  id: string;
  closed: boolean;
  therapists: {
    id: string;
    name: string;
    credentials: string;
    bio: string;
    active: boolean;
    workingHours: WorkingHours[];
  }[];
};
export type TherapistInput = {
  clinicId: string;
  name: string;
  credentials: string;
  bio: string;
  workingHours: WorkingHours[];
};
export type AppointmentType = {
  id: string;
  name: string;
  description: string;
  durationMinutes: number;
  bufferMinutes: number;
  stepMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
};
export type Schedule = {
  timeZone: string;
  therapists: {
    id: string;
    name: string;
    appointments: {
      id: string;
      start: string;
      end: string;
      type: string;
      patient: string;
      localDate: string;
      localTime: string;
    }[];
    timeOff: { id: string; start: string; end: string; reason: string }[];
  }[];
};
export async function adminClinics() {
  return read<AdminClinic[]>(await client.api.v1.admin.clinics.$get());
}
export async function adminSchedule(clinicId: string, from: Date, to: Date, therapistId = '') {
  return read<Schedule>(
    await client.api.v1.admin.schedule.$get({
      query: {
        clinicId,
        from: from.toISOString(),
        to: to.toISOString(),
        ...(therapistId ? { therapistId } : {}),
      },
    }),
  );
}
export async function setWorkingHours(therapistId: string, workingHours: WorkingHours[]) {
  await read(
    await client.api.v1.admin.therapists[':id'].hours.$put({
      param: { id: therapistId },
      json: { workingHours },
    }),
  );
}

export async function openClinic(clinic: ClinicInput) {
  return read<{ id: string }>(await client.api.v1.admin.clinics.$post({ json: clinic }));
}
export async function updateClinic(id: string, clinic: ClinicInput) {
  return read<{ id: string }>(
    await client.api.v1.admin.clinics[':id'].$put({ param: { id }, json: clinic }),
  );
}
export async function addTherapist(therapist: TherapistInput) {
  return read<{ id: string }>(await client.api.v1.admin.therapists.$post({ json: therapist }));
}
export async function adminAppointmentTypes() {
  return read<AppointmentType[]>(await client.api.v1.admin['appointment-types'].$get());
}
export async function saveAppointmentType({ id, ...rules }: AppointmentType) {
  return read<{ id: string }>(
    await client.api.v1.admin['appointment-types'][':id'].$put({ param: { id }, json: rules }),
  );
}

export type NudgeSetting = { email: boolean; timeZone: string | null };
export async function getNudges() {
  return read<NudgeSetting>(await client.api.v1.me.nudges.$get());
}
/** Missed days are counted in the time zone this browser is in. Kept offline like reminders. */
export async function setNudges(userId: string, email: boolean) {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return sendOrKeep(
    {
      key: `nudges-${userId}`,
      userId,
      kind: 'nudges',
      method: 'PUT',
      path: '/api/v1/me/nudges',
      body: { email, timeZone },
      urgent: false,
    },
    () => client.api.v1.me.nudges.$put({ json: { email, timeZone } }),
    read<NudgeSetting>,
  );
}
