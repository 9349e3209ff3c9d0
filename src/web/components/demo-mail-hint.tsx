import { Link } from 'wouter';
import { outbox } from '../api';
import { useAsync } from '../hooks/use-async';

/**
 * On a local demo (no mail delivery) the email lands in the outbox on this computer; say
 * where, so a newcomer isn't left waiting for mail that never comes. Elsewhere: nothing.
 */
export function DemoMailHint() {
  const [box] = useAsync('demo-outbox', outbox);
  if (box.status !== 'done') return null;
  return (
    <p className="hint">
      This is a local demo without email: open the <Link href="/outbox">demo outbox</Link> to read
      the message.
    </p>
  );
}
