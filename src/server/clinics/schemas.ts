import { z } from 'zod';
import { issue } from '../../domain/i18n/issues';
import { IdSchema, SlugSchema } from '../../domain/ids';

const MAX_RANGE_DAYS = 31;
const instant = z.iso.datetime({ offset: true, message: issue('issue.instant') });

export const ClinicSearchSchema = z
  .strictObject({
    zip: z
      .string()
      .regex(/^\d{5}$/, issue('issue.zipDigits'))
      .optional(),
    lat: z.coerce
      .number()
      .min(-90, issue('issue.latitude'))
      .max(90, issue('issue.latitude'))
      .optional(),
    lon: z.coerce
      .number()
      .min(-180, issue('issue.longitude'))
      .max(180, issue('issue.longitude'))
      .optional(),
    city: z.string().trim().min(2).max(80).optional(),
    state: z
      .string()
      .regex(/^[A-Za-z]{2}$/, issue('issue.stateCode'))
      .optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .superRefine((q, ctx) => {
    const ways = [
      q.zip !== undefined,
      q.lat !== undefined || q.lon !== undefined,
      q.city !== undefined,
    ].filter(Boolean).length;
    if (ways !== 1)
      ctx.addIssue({
        code: 'custom',
        message: issue('issue.oneOrigin'),
      });
    if ((q.lat === undefined) !== (q.lon === undefined))
      ctx.addIssue({ code: 'custom', message: issue('issue.bothLatLon') });
    if ((q.city === undefined) !== (q.state === undefined))
      ctx.addIssue({ code: 'custom', message: issue('issue.bothCityState') });
  });

export const SlotQuerySchema = z
  .strictObject({
    clinicId: IdSchema,
    appointmentType: SlugSchema,
    from: instant,
    to: instant,
    therapistId: IdSchema.optional(),
  })
  .superRefine((q, ctx) => {
    const span = Date.parse(q.to) - Date.parse(q.from);
    if (span <= 0)
      ctx.addIssue({ code: 'custom', path: ['to'], message: issue('issue.toAfterFrom') });
    if (span > MAX_RANGE_DAYS * 24 * 60 * 60 * 1000)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: issue('issue.atMostDays'),
        params: { days: MAX_RANGE_DAYS },
      });
  });

export const NextAvailableSchema = z
  .strictObject({
    zip: z
      .string()
      .regex(/^\d{5}$/, issue('issue.zipDigits'))
      .optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    appointmentType: SlugSchema,
    clinics: z.coerce.number().int().min(1).max(10).default(5),
  })
  .superRefine((q, ctx) => {
    if ((q.zip === undefined) === (q.lat === undefined || q.lon === undefined))
      ctx.addIssue({ code: 'custom', message: issue('issue.zipOrLatLon') });
  });

const HoursSchema = z.strictObject({ opens: z.string(), closes: z.string() });

/** How every answer names a location: search results, bookings and the admin screens. */
export const ClinicContactShape = {
  id: z.string(),
  name: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  phone: z.string(),
};

export const ClinicSummarySchema = z.strictObject({
  ...ClinicContactShape,
  lat: z.number(),
  lon: z.number(),
  timeZone: z.string(),
  services: z.array(z.string()),
  distanceKm: z.number().optional(),
  openNow: z.boolean(),
  todayHours: z.array(HoursSchema),
});

export const ClinicSearchResultSchema = z.strictObject({
  origin: z.strictObject({ lat: z.number(), lon: z.number(), label: z.string() }),
  clinics: z.array(ClinicSummarySchema),
});

export const AppointmentTypeSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  durationMinutes: z.number(),
});

export const ClinicDetailSchema = z.strictObject({
  clinic: ClinicSummarySchema.extend({
    weeklyHours: z.array(
      z.strictObject({ weekday: z.number(), opens: z.string(), closes: z.string() }),
    ),
  }),
  therapists: z.array(
    z.strictObject({ id: z.string(), name: z.string(), credentials: z.string(), bio: z.string() }),
  ),
  appointmentTypes: z.array(AppointmentTypeSchema),
});

export const SlotSchema = z.strictObject({
  start: z.string(),
  end: z.string(),
  therapistId: z.string(),
  therapistName: z.string(),
  /** Wall-clock date and time at the clinic, e.g. 2026-12-01 and 9:30 AM. */
  localDate: z.string(),
  localTime: z.string(),
});

export const SlotListSchema = z.strictObject({
  clinicId: z.string(),
  timeZone: z.string(),
  appointmentType: AppointmentTypeSchema,
  slots: z.array(SlotSchema),
});

export const NextAvailableResultSchema = z.strictObject({
  origin: z.strictObject({ lat: z.number(), lon: z.number(), label: z.string() }),
  results: z.array(z.strictObject({ clinic: ClinicSummarySchema, next: SlotSchema.nullable() })),
});
