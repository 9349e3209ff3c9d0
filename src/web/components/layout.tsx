import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../hooks/use-session';
import type { MessageKey } from '../../../content/messages/en';
import { useAccountLocale, useT } from '../i18n/i18n';
import { AppNotices } from './app-notices';
import { LanguageSwitch } from './language-switch';

const NAV = [
  { href: '/learn', label: 'nav.learn' },
  { href: '/exercises', label: 'nav.exercises' },
  { href: '/start', label: 'nav.plan' },
  { href: '/clinics', label: 'nav.clinics' },
] as const satisfies { href: string; label: MessageKey }[];

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { me } = useSession();
  const t = useT();
  useAccountLocale(me?.user.locale);
  const nav: { href: string; label: MessageKey }[] = [
    ...NAV,
    ...(me?.user.role === 'patient'
      ? [
          { href: '/program', label: 'nav.program' as const },
          { href: '/progress', label: 'nav.progress' as const },
        ]
      : []),
    ...(me?.user.role === 'therapist'
      ? [{ href: '/therapist', label: 'nav.patients' as const }]
      : []),
    ...(me?.user.role === 'admin' ? [{ href: '/admin', label: 'nav.admin' as const }] : []),
    me ? { href: '/account', label: 'nav.account' } : { href: '/sign-in', label: 'nav.signIn' },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand" aria-label={t('shell.home')}>
          <svg viewBox="0 0 32 32" aria-hidden="true" width="28" height="28">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path
              d="M8 22c4-10 12-12 16-12"
              stroke="#fff"
              strokeWidth="3"
              fill="none"
              strokeLinecap="round"
            />
          </svg>
          ReliefPath
        </Link>
        <nav aria-label={t('shell.nav')}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={
                    location === item.href || location.startsWith(`${item.href}/`)
                      ? 'page'
                      : undefined
                  }
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch signedIn={me !== null} />
      </header>
      <main id="main" tabIndex={-1}>
        <AppNotices />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}
