import { z } from 'zod';
import { issue } from '../../domain/i18n/issues';
import { AppointmentRulesSchema, WeeklyHoursSchema } from '../../domain/scheduling/schedule';
import { TimeZoneSchema } from '../../domain/scheduling/zone-calendar';
import { IdSchema } from '../../domain/ids';
import { ClinicContactShape } from '../clinics/schemas';

/** A booked visit as staff see it when they must act on it: when, with whom, and how to reach. */
export const StaffVisitSchema = z.strictObject({
  id: z.string(),
  start: z.string(),
  localDate: z.string(),
  localTime: z.string(),
  therapistName: z.string(),
  type: z.string(),
  patient: z.strictObject({ name: z.string(), email: z.string(), phone: z.string() }),
});
export type StaffVisit = z.infer<typeof StaffVisitSchema>;

const instant = z.iso.datetime({ offset: true, message: issue('issue.instant') });

export const ClinicInputSchema = z.strictObject({
  name: z.string().trim().min(3).max(120),
  address: z.string().trim().min(3).max(200),
  city: z.string().trim().min(2).max(80),
  state: z.string().regex(/^[A-Z]{2}$/, issue('issue.stateCode')),
  zip: z.string().regex(/^\d{5}$/, issue('issue.zipDigits')),
  phone: z.string().trim().min(7).max(30),
  timeZone: TimeZoneSchema,
  services: z.array(z.string().min(2).max(60)).max(20).default([]),
  openingHours: WeeklyHoursSchema,
});

const HoursViewSchema = z.array(
  z.strictObject({ weekday: z.number(), startMinute: z.number(), endMinute: z.number() }),
);
export const AdminClinicSchema = z.strictObject({
  ...ClinicContactShape,
  timeZone: z.string(),
  services: z.array(z.string()),
  openingHours: HoursViewSchema,
  /** A closed location is kept for its history; it offers no slots and is not found. */
  closed: z.boolean(),
  therapists: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      credentials: z.string(),
      bio: z.string(),
      /** False once deactivated: no new slots, no new bookings. */
      active: z.boolean(),
      workingHours: HoursViewSchema,
    }),
  ),
});

export const TherapistInputSchema = z.strictObject({
  clinicId: IdSchema,
  name: z.string().trim().min(3).max(100),
  credentials: z.string().trim().min(2).max(60),
  bio: z.string().max(500).default(''),
  workingHours: WeeklyHoursSchema,
});
export const HoursInputSchema = z.strictObject({ workingHours: WeeklyHoursSchema });

export const TherapistUpdateSchema = z.strictObject({
  name: TherapistInputSchema.shape.name,
  credentials: TherapistInputSchema.shape.credentials,
  bio: z.string().max(500),
  /** False deactivates: no new slots or bookings; their future visits are listed to move. */
  active: z.boolean(),
});

/** After a therapist is deactivated or a location closed: the visits staff must now move. */
export const VisitsToMoveSchema = z.strictObject({
  id: z.string(),
  visitsToMove: z.array(StaffVisitSchema),
});

export const TimeOffInputSchema = z
  .strictObject({
    start: instant,
    end: instant,
    reason: z.string().trim().max(100).default('Time off'),
    /**
     * What to do with visits already booked in this time, decided by staff who saw them (the
     * ids of the list a 409 gave): cancel them (each patient is told) or keep them.
     */
    bookedVisits: z
      .strictObject({
        action: z.enum(['cancel', 'keep']),
        ids: z.array(IdSchema).max(500),
      })
      .optional(),
  })
  .refine((t) => Date.parse(t.end) > Date.parse(t.start), {
    path: ['end'],
    message: issue('issue.afterStart'),
  });

export const AppointmentTypeInputSchema = AppointmentRulesSchema.extend({
  name: z.string().trim().min(3).max(80),
  description: z.string().max(300),
});

export const ScheduleQuerySchema = z
  .strictObject({
    clinicId: IdSchema,
    from: instant,
    to: instant,
    therapistId: IdSchema.optional(),
  })
  .refine(
    (q) =>
      Date.parse(q.to) > Date.parse(q.from) &&
      Date.parse(q.to) - Date.parse(q.from) <= 8 * 86_400_000,
    {
      path: ['to'],
      message: issue('issue.weekAfterFrom'),
    },
  );

export const ScheduleSchema = z.strictObject({
  timeZone: z.string(),
  therapists: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      appointments: z.array(
        z.strictObject({
          id: z.string(),
          start: z.string(),
          end: z.string(),
          type: z.string(),
          patient: z.string(),
          localDate: z.string(),
          localTime: z.string(),
        }),
      ),
      timeOff: z.array(
        z.strictObject({ id: z.string(), start: z.string(), end: z.string(), reason: z.string() }),
      ),
    }),
  ),
});

export const TimeOffResultSchema = z.strictObject({
  id: z.string(),
  /** Visits in that time that were cancelled (their patients emailed) or kept. */
  cancelled: z.number(),
  kept: z.number(),
});

/** 409: visits are booked in the time asked for; staff must decide what happens to them. */
export const VisitsInTheWaySchema = z.strictObject({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  visits: z.array(StaffVisitSchema),
});
