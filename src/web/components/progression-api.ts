import type { StageView } from '../../server/progression/stage-view';
import { client, read } from '../api';
import { useAsync } from '../hooks/use-async';
import { useSession } from '../hooks/use-session';

export type { StageView };
export type StageItem = StageView['items'][number];
export type StageReason = StageView['reasons'][number];
export type StageMove = StageView['history'][number];

/** Where the signed-in patient is in the long-term program, on their own calendar day. */
export async function fetchMyStage(today: string) {
  return read<StageView>(await client.api.v1.me.program.stage.$get({ query: { today } }));
}

/** The signed-in patient's stage on `today`, loaded once per patient and day; idle for anyone else. */
export function useMyStage(today: string) {
  const { me } = useSession();
  const patient = me?.user.role === 'patient' ? me.user.id : null;
  return useAsync(patient && `stage|${patient}|${today}`, () => fetchMyStage(today));
}

/** Self-guided: take the offered stage (the server checks again first; 409 says why not). */
export async function acceptStage(proposalId: string, today: string) {
  return read<StageView>(
    await client.api.v1.me.program.stage.accept.$post({ json: { proposalId, today } }),
  );
}

/** Self-guided: stay in this stage for now. */
export async function declineStage(proposalId: string, today: string) {
  return read<StageView>(
    await client.api.v1.me.program.stage.decline.$post({ json: { proposalId, today } }),
  );
}

/** A therapist's patient: stage, reasons, the proposal and the history. */
export async function patientStage(patientId: string, today: string) {
  return read<StageView>(
    await client.api.v1.therapist.patients[':id'].progression.$get({
      param: { id: patientId },
      query: { today },
    }),
  );
}

/** Approving assigns the next program version; the answer says which. */
export async function approveStage(
  patientId: string,
  proposalId: string,
  today: string,
  note: string,
) {
  return read<{ programVersion: number; progression: StageView }>(
    await client.api.v1.patients[':id'].progression[':proposalId'].approve.$post({
      param: { id: patientId, proposalId },
      json: { today, ...(note.trim() ? { note } : {}) },
    }),
  );
}

export async function declineProposal(
  patientId: string,
  proposalId: string,
  today: string,
  note: string,
) {
  return read<StageView>(
    await client.api.v1.patients[':id'].progression[':proposalId'].decline.$post({
      param: { id: patientId, proposalId },
      json: { today, ...(note.trim() ? { note } : {}) },
    }),
  );
}
