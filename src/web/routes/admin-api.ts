import { client, read, type WorkingHours } from '../api';

/** A booked visit staff must act on: when, with whom, and how to reach the patient. */
export type StaffVisit = {
  id: string;
  start: string;
  localDate: string;
  localTime: string;
  therapistName: string;
  type: string;
  patient: { name: string; email: string; phone: string };
};

export type TherapistChange = { name: string; credentials: string; bio: string; active: boolean };

export async function updateTherapist(id: string, change: TherapistChange) {
  return read<{ id: string; visitsToMove: StaffVisit[] }>(
    await client.api.v1.admin.therapists[':id'].$put({ param: { id }, json: change }),
  );
}

export async function closeClinic(id: string) {
  return read<{ id: string; visitsToMove: StaffVisit[] }>(
    await client.api.v1.admin.clinics[':id'].close.$post({ param: { id } }),
  );
}

export async function reopenClinic(id: string) {
  return read<{ id: string; visitsToMove: StaffVisit[] }>(
    await client.api.v1.admin.clinics[':id'].reopen.$post({ param: { id } }),
  );
}

export async function visitsToMove(clinicId: string) {
  return read<{ id: string; visitsToMove: StaffVisit[] }>(
    await client.api.v1.admin.clinics[':id']['visits-to-move'].$get({ param: { id: clinicId } }),
  );
}

/** What to do with visits booked in the time off, decided by staff who saw that list. */
export type VisitDecision = { action: 'cancel' | 'keep'; ids: string[] };

export async function blockTimeOff(
  therapistId: string,
  block: { start: number; end: number; reason: string },
  bookedVisits?: VisitDecision,
) {
  return read<{ id: string; cancelled: number; kept: number }>(
    await client.api.v1.admin.therapists[':id']['time-off'].$post({
      param: { id: therapistId },
      json: {
        start: new Date(block.start).toISOString(),
        end: new Date(block.end).toISOString(),
        reason: block.reason,
        ...(bookedVisits ? { bookedVisits } : {}),
      },
    }),
  );
}

export async function removeTimeOff(id: string) {
  return read<{ id: string }>(
    await client.api.v1.admin['time-off'][':id'].$delete({ param: { id } }),
  );
}

export type { WorkingHours };
