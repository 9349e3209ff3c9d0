import { outbox } from '../api';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';

/** Demo mode only: the mail the app would have sent, so sign-in links work on a fresh machine. */
export function OutboxPage() {
  const [mail] = useAsync('outbox', outbox);
  return (
    <section>
      <PageTitle title="Demo outbox">Demo outbox</PageTitle>
      <p className="notice">
        This server has no mail delivery set up, so messages are kept here instead. Only this
        computer can open this page, and only while ReliefPath runs here as a local demo.
      </p>
      {mail.status === 'failed' && (
        <p>There is no outbox on this server: its mail is delivered by email.</p>
      )}
      {mail.status === 'done' && mail.value.length === 0 && <p>No messages yet.</p>}
      {mail.status === 'done' &&
        mail.value.map((m) => (
          <article key={m.id} className="mail">
            <h2>{m.subject}</h2>
            <p className="meta">
              To {m.to} · {new Date(m.sentAt).toLocaleString()}
            </p>
            <pre>
              {m.body.split(/(https?:\/\/\S+)/).map((part, i) =>
                /^https?:\/\//.test(part) ? (
                  <a key={i} href={new URL(part).pathname + new URL(part).search}>
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </pre>
          </article>
        ))}
    </section>
  );
}
