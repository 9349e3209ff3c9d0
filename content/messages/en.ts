/**
 * Every interface message in English, as ICU MessageFormat: the catalogue the others follow.
 * Keys say where a message is used; es.ts must have each of them (a type error otherwise).
 */
export const EN = {
  'shell.skip': 'Skip to content',
  'shell.home': 'ReliefPath home',
  'shell.nav': 'Main',
  'nav.learn': 'Learn',
  'nav.exercises': 'Exercises',
  'nav.plan': 'My plan',
  'nav.clinics': 'Find a clinic',
  'nav.program': 'Program',
  'nav.progress': 'Progress',
  'nav.patients': 'Patients',
  'nav.admin': 'Clinic admin',
  'nav.account': 'Account',
  'nav.signIn': 'Sign in',
  'shell.language': 'Language',
  'shell.footer':
    'ReliefPath offers general guidance, not a diagnosis. If you are worried about your symptoms, talk to a physical therapist or doctor.',
  'page.title': '{title} · ReliefPath',
  'sync.kept': 'Saved on this device, will sync when you are back online.',
  'sync.waiting':
    'Saved on this device, will sync when you are back online. ({count, plural, one {# change} other {# changes}} waiting)',
  'sync.synced': 'Synced: everything you recorded offline is in your history now.',
  'sync.refused': 'The server could not keep {what} recorded offline. Please enter it again.',
  'sync.refused.session': 'a session',
  'sync.refused.log': 'a daily log',
  'sync.refused.reminders': 'your reminder times',
  'sync.refused.nudges': 'your choice about missed-day emails',
  'sync.refused.screening': 'your answers to the safety questions',
  'update.ready': 'A new version of ReliefPath is ready.',
  'update.reload': 'Reload to update',
} as const;

export type MessageKey = keyof typeof EN;
