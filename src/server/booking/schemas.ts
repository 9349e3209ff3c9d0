import { z } from 'zod';
import { issue } from '../../domain/i18n/issues';
import { FhirIdSchema, IdSchema, LinkTokenSchema, SlugSchema } from '../../domain/ids';
import { ClinicContactShape } from '../clinics/schemas';

const instant = z.iso.datetime({ offset: true, message: issue('issue.instant') });

export const GuestSchema = z.strictObject({
  name: z.string().trim().min(2, issue('issue.giveFullName')).max(100),
  email: z.email(issue('issue.giveEmail')).max(254),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s().-]{10,20}$/, issue('issue.givePhone'))
    .refine((p) => p.replace(/\D/g, '').length >= 10, issue('issue.givePhone')),
});

export const BookingRequestSchema = z.strictObject({
  slot: instant.optional().describe('When the visit starts. Required unless fhirSlot is given.'),
  fhirSlot: FhirIdSchema.optional().describe(
    'Book a free FHIR Slot (GET /fhir/R4/Slot) by its id instead of slot, appointmentType, therapistId and clinicId.',
  ),
  therapistId: IdSchema.optional().describe(
    'Who to see. Leave it out (and name the clinicId) to see whichever therapist is free then.',
  ),
  appointmentType: SlugSchema.optional().describe('Required unless fhirSlot is given.'),
  clinicId: IdSchema.optional().describe('Required when no therapistId is given.'),
  guest: GuestSchema,
});
export type BookingRequest = z.infer<typeof BookingRequestSchema>;

export const RescheduleSchema = z.strictObject({
  slot: instant,
  therapistId: IdSchema.optional().describe('Who to see then; the same therapist when left out.'),
  anyTherapist: z
    .boolean()
    .optional()
    .describe('true: whichever therapist at the clinic is free then (no therapistId with it).'),
});

export const TokenQuerySchema = z.strictObject({
  token: LinkTokenSchema,
});

export const AppointmentViewSchema = z.strictObject({
  id: z.string(),
  status: z.enum(['booked', 'cancelled']),
  start: z.string(),
  end: z.string(),
  localDate: z.string(),
  localTime: z.string(),
  timeZone: z.string(),
  clinic: z.strictObject(ClinicContactShape),
  therapist: z.strictObject({ id: z.string(), name: z.string() }),
  appointmentType: z.strictObject({
    id: z.string(),
    name: z.string(),
    durationMinutes: z.number(),
  }),
  guest: z.strictObject({ name: z.string(), email: z.string(), phone: z.string() }),
  rescheduledFrom: z.string().nullable(),
  /** When this visit was moved: where it is now, after every later move (its own link manages it). */
  movedTo: z
    .strictObject({ start: z.string(), localDate: z.string(), localTime: z.string() })
    .nullable(),
  links: z.strictObject({ manage: z.string(), calendar: z.string() }),
});

export const ConflictSchema = z.strictObject({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  alternatives: z.array(
    z.strictObject({
      start: z.string(),
      end: z.string(),
      therapistId: z.string(),
      therapistName: z.string(),
      localDate: z.string(),
      localTime: z.string(),
    }),
  ),
});
