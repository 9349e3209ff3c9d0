import { Link } from 'wouter';
import type { Catalog } from '../../../content/catalog';
import type { RecheckReason } from '../../domain/safety/recheck';
import { fetchSafetyRecheck } from '../api';
import { useAsync } from '../hooks/use-async';
import { useJourney } from '../hooks/use-journey';
import { useSession } from '../hooks/use-session';
import { useCatalog } from '../i18n/catalog';
import { useT, type Translate } from '../i18n/i18n';
import { formatDay } from './format';

/** What changed, in the patient's words. */
export function recheckWords(
  reason: RecheckReason,
  t: Translate,
  library: Catalog['LIBRARY'],
): string {
  if (reason.kind === 'legPainRose')
    return t('recheck.legPainRose', {
      from: reason.from,
      to: reason.to,
      date: formatDay(reason.date),
    });
  const name = library.exercises.find((e) => e.id === reason.exerciseId)?.name;
  return t('recheck.numbnessSpread', {
    exercise: name ? name.toLowerCase() : t('recheck.aStretch'),
  });
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
  const t = useT();
  const { LIBRARY } = useCatalog();
  return (
    <div className="notice recheck" role="status" data-testid="recheck">
      <h2>{t('recheck.heading')}</h2>
      <p>{recheckWords(reason, t, LIBRARY)}</p>
      <p>{t('recheck.why')}</p>
      <p>
        <Link className="button primary" href="/start">
          {t('recheck.answer')}
        </Link>
      </p>
    </div>
  );
}
