import { Link } from 'wouter';
import { PageTitle } from '../components/page';

export function NotFoundPage() {
  return (
    <section>
      <PageTitle title="Page not found">We couldn't find that page</PageTitle>
      <p>
        The link may be old or mistyped. <Link href="/">Go to the home page</Link>.
      </p>
    </section>
  );
}
