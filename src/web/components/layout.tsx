import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../hooks/use-session';
import { AppNotices } from './app-notices';

const NAV = [
  { href: '/learn', label: 'Learn' },
  { href: '/exercises', label: 'Exercises' },
  { href: '/start', label: 'My plan' },
  { href: '/clinics', label: 'Find a clinic' },
];

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { me } = useSession();
  const nav = [
    ...NAV,
    ...(me?.user.role === 'patient'
      ? [
          { href: '/program', label: 'Program' },
          { href: '/progress', label: 'Progress' },
        ]
      : []),
    ...(me?.user.role === 'therapist' ? [{ href: '/therapist', label: 'Patients' }] : []),
    ...(me?.user.role === 'admin' ? [{ href: '/admin', label: 'Clinic admin' }] : []),
    me ? { href: '/account', label: 'Account' } : { href: '/sign-in', label: 'Sign in' },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand" aria-label="ReliefPath home">
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
        <nav aria-label="Main">
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
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <AppNotices />
        {children}
      </main>
      <footer className="site-footer">
        <p>
          ReliefPath offers general guidance, not a diagnosis. If you are worried about your
          symptoms, talk to a physical therapist or doctor.
        </p>
      </footer>
    </>
  );
}
