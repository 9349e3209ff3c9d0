import { z } from 'zod';
import { IsoDateSchema } from '../../domain/progress/progress';

export const InviteSchema = z.strictObject({ url: z.string(), qrSvg: z.string() });
export const InviteInfoSchema = z.strictObject({
  therapistName: z.string(),
  clinicName: z.string().nullable(),
});
export const TodayQuerySchema = z.strictObject({ today: IsoDateSchema });

const AlertSchema = z.strictObject({
  kind: z.enum(['red-flag', 'pain-rising', 'spreading-symptoms', 'stopped-sessions', 'inactive']),
  level: z.enum(['immediate', 'review', 'nudge']),
  date: z.string(),
  message: z.string(),
});

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
});

export const PatientDetailSchema = z.strictObject({
  patient: z.strictObject({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    joined: z.string(),
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
});
export const RtmQuerySchema = z.strictObject({
  month: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'use a month like 2026-11'),
});
export const RtmRowSchema = z.strictObject({
  patientId: z.string(),
  name: z.string(),
  start: z.string(),
  end: z.string(),
  daysWithData: z.number(),
  daysNeeded: z.number(),
  minutes: z.number(),
  codes: z.array(z.strictObject({ code: z.string(), units: z.number(), why: z.string() })),
});
