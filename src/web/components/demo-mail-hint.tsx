import { Link } from 'wouter';
import { outbox } from '../api';
import { useAsync } from '../hooks/use-async';
import { useT } from '../i18n/i18n';

/**
 * On a local demo (no mail delivery) the email lands in the outbox on this computer; say
 * where, so a newcomer isn't left waiting for mail that never comes. Elsewhere: nothing.
 */
export function DemoMailHint() {
  const [box] = useAsync('demo-outbox', outbox);
  const t = useT();
  if (box.status !== 'done') return null;
  return (
    <p className="hint">
      {t('demo.mailBefore')} <Link href="/outbox">{t('demo.outbox')}</Link> {t('demo.mailAfter')}
    </p>
  );
}
