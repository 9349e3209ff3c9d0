import { LocaleSchema } from '../../domain/i18n/locale';
import { issue } from '../../domain/i18n/issues';
import { z } from 'zod';
import { IsoDateSchema } from '../../domain/progress/progress';

export const InviteSchema = z.strictObject({ url: z.string(), qrSvg: z.string() });
export const InviteInfoSchema = z.strictObject({
  therapistName: z.string(),
  clinicName: z.string().nullable(),
});
export const TodayQuerySchema = z.strictObject({ today: IsoDateSchema });

const day = z.string().describe('A calendar day, YYYY-MM-DD.');
/** What changed, as facts; the pages word it in the reader's locale and time zone. */
const AlertSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('red-flag'),
    level: z.literal('immediate'),
    date: day,
    at: z.string().describe('When the safety check was answered (ISO 8601 instant).'),
    urgency: z.enum(['emergency', 'urgent', 'soon']),
    flags: z.array(z.string()).describe('The red-flag ids answered yes (GET /api/v1/red-flags).'),
  }),
  z.strictObject({
    kind: z.literal('pain-rising'),
    level: z.literal('review'),
    date: day,
    from: z.strictObject({ date: day, legPain: z.number() }),
    to: z.strictObject({ date: day, legPain: z.number() }),
  }),
  z.strictObject({
    kind: z.literal('spreading-symptoms'),
    level: z.literal('review'),
    date: day,
    times: z.number().int(),
    tingling: z.boolean(),
    numbness: z.boolean(),
    during: z.array(z.strictObject({ exerciseId: z.string(), variant: z.string() })),
  }),
  z.strictObject({
    kind: z.literal('stopped-sessions'),
    level: z.literal('review'),
    date: day,
    times: z.number().int(),
  }),
  z.strictObject({
    kind: z.literal('inactive'),
    level: z.literal('nudge'),
    date: day,
    days: z.number().int(),
    sinceJoining: z.boolean(),
  }),
]);

export const RosterRowSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  joined: z.string(),
  adherencePercent: z.number(),
  baselineLegPain: z.number().nullable(),
  latestLegPain: z.number().nullable(),
  legChange: z.number().nullable(),
  lastActivity: z.string().nullable(),
  alerts: z.array(AlertSchema),
  readyToProgress: z
    .strictObject({
      proposalId: z.string(),
      fromStage: z.number().int(),
      toStage: z.number().int(),
      toStageName: z.string(),
      date: z.string(),
    })
    .nullable()
    .describe('The engine proposes the next stage and waits for your approval.'),
});

export const PatientDetailSchema = z.strictObject({
  patient: z.strictObject({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    joined: z.string(),
    locale: LocaleSchema.describe('The language the patient reads the app in.'),
  }),
  alerts: z.array(AlertSchema),
  logs: z.array(
    z.strictObject({
      date: z.string(),
      legPain: z.number(),
      backPain: z.number(),
      psfs: z.array(z.object({ activity: z.string(), score: z.number() })),
      notes: z.string(),
    }),
  ),
  sessions: z.array(
    z.strictObject({ id: z.string(), date: z.string(), outcome: z.enum(['finished', 'stopped']) }),
  ),
  checkins: z.array(
    z.strictObject({
      date: z.string(),
      exerciseId: z.string(),
      variant: z.string(),
      painBefore: z.number(),
      painAfter: z.number(),
      tinglingSpread: z.boolean(),
      numbnessSpread: z.boolean(),
      action: z.string(),
    }),
  ),
  summary: z.array(z.string()),
});

export const RtmMinutesSchema = z.strictObject({
  date: IsoDateSchema,
  minutes: z.number().int().min(1).max(240),
  note: z.string().max(500).default(''),
  liveContact: z
    .boolean()
    .default(false)
    .describe('The time included a live call or video with the patient (98980 needs one a month).'),
});
export const RtmSetupSchema = z.strictObject({ date: IsoDateSchema });
export const RtmQuerySchema = z.strictObject({
  month: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, issue('issue.month')),
});

const PeriodSchema = z.strictObject({
  number: z.number().int(),
  start: z.string(),
  end: z.string(),
  daysWithData: z.number().int(),
  status: z.enum(['met', 'open', 'missed']),
  reportedIn: z.string().describe('The month (YYYY-MM) whose report carries this period.'),
});
const CodeSchema = z.strictObject({
  code: z.enum(['98975', '98977', '98980', '98981']),
  units: z.number().int(),
  period: z.strictObject({ start: z.string(), end: z.string() }).optional(),
});
export const RtmPatientSchema = z.strictObject({
  patientId: z.string(),
  name: z.string(),
  timeZone: z.string(),
  today: z.string(),
  month: z.string(),
  startedOn: z.string(),
  setupOn: z.string().nullable(),
  periods: z.array(PeriodSchema),
  minutes: z.number().int(),
  liveContact: z.boolean(),
  minutesToNextCode: z.number().int(),
  codes: z.array(CodeSchema),
});
/** One patient's month, with the time entries behind the minutes. */
export const RtmPatientDetailSchema = RtmPatientSchema.extend({
  entries: z.array(
    z.strictObject({
      date: z.string(),
      minutes: z.number().int(),
      note: z.string(),
      liveContact: z.boolean(),
    }),
  ),
});
export const RtmReportSchema = z.strictObject({
  month: z.string(),
  therapist: z.strictObject({ name: z.string() }),
  clinic: z.strictObject({ name: z.string(), timeZone: z.string() }).nullable(),
  patients: z.array(RtmPatientSchema),
});
export type RtmReportView = z.infer<typeof RtmReportSchema>;
export type RtmPatientView = z.infer<typeof RtmPatientDetailSchema>;
