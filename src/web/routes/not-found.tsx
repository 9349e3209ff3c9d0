import { Link } from 'wouter';
import { PageTitle } from '../components/page';
import { useT } from '../i18n/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <section>
      <PageTitle title={t('notFound.tabTitle')}>{t('notFound.title')}</PageTitle>
      <p>
        {t('notFound.lead')} <Link href="/">{t('notFound.home')}</Link>.
      </p>
    </section>
  );
}
