import { Link } from 'wouter';
import { PageTitle } from '../components/page';
import { useJourney } from '../hooks/use-journey';
import { useCatalog } from '../i18n/catalog';
import { useT } from '../i18n/i18n';

export function SeekCarePage() {
  const t = useT();
  const { PLAN_RULES } = useCatalog();
  const { plan } = useJourney();
  // The advice for this tier, in the page's language (the answer may have come in another).
  const care =
    plan?.care && PLAN_RULES.careAdvice.find((advice) => advice.urgency === plan.care?.urgency);
  if (!plan || plan.status !== 'seek-care' || !care)
    return (
      <section>
        <PageTitle title={t('screen.title')}>{t('care.startTitle')}</PageTitle>
        <p>
          <Link href="/start">{t('care.goToCheck')}</Link>
        </p>
      </section>
    );
  const flagged = PLAN_RULES.redFlags.filter((f) => plan.redFlagsReported.includes(f.id));
  return (
    <section className={`seek-care urgency-${care.urgency}`}>
      <PageTitle title={care.title}>{care.title}</PageTitle>
      <p className="lead">{t('care.lead', { lead: care.lead })}</p>
      {care.call && (
        <p>
          <a className="button primary big call" href={`tel:${care.call.number}`}>
            {care.call.label}
          </a>
        </p>
      )}
      <dl className="care">
        <dt>{t('care.where')}</dt>
        <dd>{care.where}</dd>
        <dt>{t('care.when')}</dt>
        <dd>{care.when}</dd>
      </dl>
      <h2>{t('care.meanwhile')}</h2>
      <ul>
        {care.meanwhile.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <h2>{t('care.told')}</h2>
      <ul>
        {flagged.map((f) => (
          <li key={f.id}>{f.question}</li>
        ))}
      </ul>
      <p className="meta">{t('care.noExercises')}</p>
      {care.urgency !== 'emergency' && (
        <p>
          <Link className="button primary" href="/clinics">
            {t('care.findTherapist')}
          </Link>
        </p>
      )}
      <p>
        <Link href="/start">{t('care.mistake')}</Link>
      </p>
    </section>
  );
}
