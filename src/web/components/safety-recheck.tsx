import { Link } from 'wouter';
import { LIBRARY } from '../../../content/catalog';
import type { RecheckReason } from '../../domain/safety/recheck';
import { fetchSafetyRecheck } from '../api';
import { useAsync } from '../hooks/use-async';
import { useJourney } from '../hooks/use-journey';
import { useSession } from '../hooks/use-session';
import { formatDay } from './format';

/** What changed, in the patient's words. */
export function recheckWords(reason: RecheckReason): string {
  if (reason.kind === 'legPainRose')
    return `Your leg pain went up from ${reason.from} to ${reason.to} (${formatDay(reason.date)}).`;
  const name = LIBRARY.exercises.find((e) => e.id === reason.exerciseId)?.name ?? 'a stretch';
  return `Numbness spread further down your leg during the ${name.toLowerCase()}.`;
}

/**
 * A re-check that worse symptoms made due (B1): from this visit, or for a signed-in patient
 * from their record, so another device cannot skip it.
 */
export function useSafetyRecheck(): RecheckReason | null | 'loading' {
  const { recheck } = useJourney();
  const { me, status } = useSession();
  const patient = me?.user.role === 'patient';
  const [record] = useAsync(patient && !recheck ? `recheck|${me.user.id}` : null, () =>
    fetchSafetyRecheck(),
  );
  if (recheck) return recheck;
  if (status === 'loading' || (patient && record.status === 'loading')) return 'loading';
  return record.status === 'done' ? record.value.safetyRecheck : null;
}

export function RecheckNotice({ reason }: { reason: RecheckReason }) {
  return (
    <div className="notice recheck" role="status" data-testid="recheck">
      <h2>Before your next session</h2>
      <p>{recheckWords(reason)}</p>
      <p>
        When symptoms get worse, it is worth making sure nothing needs a doctor first. Please answer
        the safety questions again: it takes about a minute.
      </p>
      <p>
        <Link className="button primary" href="/start">
          Answer the safety questions
        </Link>
      </p>
    </div>
  );
}
