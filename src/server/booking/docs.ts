import { z } from 'zod';
import type { RouteDoc } from '../http/openapi';
import { idParam } from '../http/validate';
import {
  AppointmentViewSchema,
  BookingRequestSchema,
  ConflictSchema,
  RescheduleSchema,
  TokenQuerySchema,
} from './schemas';

export const AppointmentParams = idParam('Appointment id');

export const bookingDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/me/appointments',
    summary: "The signed-in patient's appointments, newest first, with their manage links.",
    tags: ['booking'],
    access: 'patient',
    responses: { 200: { description: 'Appointments.', schema: z.array(AppointmentViewSchema) } },
  },
  {
    method: 'post',
    path: '/api/v1/appointments',
    summary:
      'Book an offered slot, as a guest or signed in. Without a therapistId the server books whichever therapist at the clinic is free at that time. A confirmation email with the manage link and the calendar file follows. Send an Idempotency-Key header to make retries safe: the same key returns the same appointment.',
    tags: ['booking'],
    access: 'public',
    body: BookingRequestSchema,
    responses: {
      201: {
        description: 'Booked, with a private manage link and a calendar file link.',
        schema: AppointmentViewSchema,
      },
      404: { description: 'Unknown therapist or appointment type.' },
      409: {
        description: 'Someone took the slot a moment earlier; the nearest alternatives are listed.',
        schema: ConflictSchema,
        contentType: 'application/problem+json',
      },
    },
  },
  {
    method: 'get',
    path: '/api/v1/appointments/{id}',
    summary: 'An appointment, through its private manage link.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    responses: {
      200: { description: 'The appointment.', schema: AppointmentViewSchema },
      404: { description: 'No appointment with that id and token.' },
    },
  },
  {
    method: 'get',
    path: '/api/v1/appointments/{id}/calendar.ics',
    summary:
      'The visit as an iCalendar (.ics) file to import (METHOD:PUBLISH, or CANCEL once cancelled). Its UID stays the same through moves and its SEQUENCE rises, so an imported event updates.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    responses: {
      200: { description: 'text/calendar' },
      404: { description: 'No appointment with that id and token.' },
      409: { description: 'The visit was moved; its newest link has its calendar file.' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/appointments/{id}/cancel',
    summary:
      'Cancel through the private manage link; cancelling twice is harmless (one email goes out). A visit that was moved is cancelled from its newest link.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    responses: {
      200: { description: 'The cancelled appointment.', schema: AppointmentViewSchema },
      404: { description: 'No appointment with that id and token.' },
      409: { description: 'The visit was moved; its newest link cancels it.' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/appointments/{id}/reschedule',
    summary:
      'Move to another offered slot at the same clinic in one step: the old time is freed only if the new one is secured, and a visit is moved once. The same therapist unless therapistId or anyTherapist says otherwise. An email with the new link and the updated calendar file follows.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    body: RescheduleSchema,
    responses: {
      201: { description: 'The new appointment.', schema: AppointmentViewSchema },
      404: { description: 'No appointment with that id and token.' },
      409: {
        description:
          'The new slot was just taken (the old appointment stands), or the visit was already moved or cancelled.',
        schema: ConflictSchema,
        contentType: 'application/problem+json',
      },
    },
  },
];
