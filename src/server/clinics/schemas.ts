import { z } from 'zod';
import { IdSchema, SlugSchema } from '../../domain/ids';

const MAX_RANGE_DAYS = 31;
const instant = z.iso.datetime({
  offset: true,
  message: 'use an ISO 8601 instant such as 2026-12-01T09:00:00Z',
});

export const ClinicSearchSchema = z
  .strictObject({
    zip: z
      .string()
      .regex(/^\d{5}$/, 'a US ZIP code is 5 digits, e.g. 10001')
      .optional(),
    lat: z.coerce
      .number()
      .min(-90, 'latitude is between -90 and 90')
      .max(90, 'latitude is between -90 and 90')
      .optional(),
    lon: z.coerce
      .number()
      .min(-180, 'longitude is between -180 and 180')
      .max(180, 'longitude is between -180 and 180')
      .optional(),
    city: z.string().trim().min(2).max(80).optional(),
    state: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'a two-letter state code, e.g. NY')
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
        message: 'give exactly one of: zip, lat and lon, or city and state',
      });
    if ((q.lat === undefined) !== (q.lon === undefined))
      ctx.addIssue({ code: 'custom', message: 'give both lat and lon' });
    if ((q.city === undefined) !== (q.state === undefined))
      ctx.addIssue({ code: 'custom', message: 'give both city and state' });
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
      ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` must be after `from`' });
    if (span > MAX_RANGE_DAYS * 24 * 60 * 60 * 1000)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `ask for at most ${MAX_RANGE_DAYS} days at a time`,
      });
  });

export const NextAvailableSchema = z
  .strictObject({
    zip: z
      .string()
      .regex(/^\d{5}$/, 'a US ZIP code is 5 digits, e.g. 10001')
      .optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    appointmentType: SlugSchema,
    clinics: z.coerce.number().int().min(1).max(10).default(5),
  })
  .superRefine((q, ctx) => {
    if ((q.zip === undefined) === (q.lat === undefined || q.lon === undefined))
      ctx.addIssue({ code: 'custom', message: 'give either zip, or lat and lon' });
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
