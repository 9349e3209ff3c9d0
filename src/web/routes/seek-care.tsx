import { Link } from 'wouter';
import { PLAN_RULES } from '../../../content/catalog';
import { PageTitle } from '../components/page';
import { useJourney } from '../hooks/use-journey';

export function SeekCarePage() {
  const { plan } = useJourney();
  const care = plan?.care;
  if (!plan || plan.status !== 'seek-care' || !care)
    return (
      <section>
        <PageTitle title="Safety check">Start with the safety check</PageTitle>
        <p>
          <Link href="/start">Go to the safety check</Link>
        </p>
      </section>
    );
  const flagged = PLAN_RULES.redFlags.filter((f) => plan.redFlagsReported.includes(f.id));
  return (
    <section className={`seek-care urgency-${care.urgency}`}>
      <PageTitle title={care.title}>{care.title}</PageTitle>
      <p className="lead">
        Thank you for answering honestly. {care.lead} This is not a diagnosis, and many people with
        these signs turn out fine.
      </p>
      {care.call && (
        <p>
          <a className="button primary big call" href={`tel:${care.call.number}`}>
            {care.call.label}
          </a>
        </p>
      )}
      <dl className="care">
        <dt>Where</dt>
        <dd>{care.where}</dd>
        <dt>When</dt>
        <dd>{care.when}</dd>
      </dl>
      <h2>In the meantime</h2>
      <ul>
        {care.meanwhile.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <h2>What you told us</h2>
      <ul>
        {flagged.map((f) => (
          <li key={f.id}>{f.question}</li>
        ))}
      </ul>
      <p className="meta">
        We haven't shown any exercises, because stretching isn't the right first step here.
      </p>
      {care.urgency !== 'emergency' && (
        <p>
          <Link className="button primary" href="/clinics">
            Find a physical therapist near you
          </Link>
        </p>
      )}
      <p>
        <Link href="/start">I answered something by mistake: go back to the safety check</Link>
      </p>
    </section>
  );
}
