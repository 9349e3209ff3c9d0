import { AppointmentViewSchema } from '../../src/server/booking/schemas';
import { postJson, type testApp } from './test-db';

export type OpenSlot = { start: string; therapistId: string; localDate: string };

/** Test person n, with a phone number the booking form accepts. */
export const guest = (n: number) => ({
  name: `Test Person ${n}`,
  email: `person${n}@example.com`,
  phone: '(312) 555-0142',
});

/** Books an offered slot as guest n and returns the appointment as the API shows it. */
export async function bookGuest(
  app: ReturnType<typeof testApp>,
  slot: { start: string; therapistId: string },
  n: number,
  appointmentType = 'follow-up',
) {
  const res = await postJson(app, '/api/v1/appointments', {
    slot: slot.start,
    therapistId: slot.therapistId,
    appointmentType,
    guest: guest(n),
  });
  return AppointmentViewSchema.parse(await res.json());
}
