import { useEffect, useState } from 'react';
import { outbox, type OutboxMail } from '../api';
import { PageTitle } from '../components/page';

/** Mail is sent just after the page that asked for it answers; look again this often. */
const REFRESH_MS = 2000;

/** Demo mode only: the mail the app would have sent, so sign-in links work on a fresh machine. */
export function OutboxPage() {
  const [mail, setMail] = useState<OutboxMail[] | 'off' | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      outbox().then(
        (found) => current && setMail(found),
        () => current && setMail('off'),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, []);
  return (
    <section>
      <PageTitle title="Demo outbox">Demo outbox</PageTitle>
      <p className="notice">
        This server has no mail delivery set up, so messages are kept here instead. Only this
        computer can open this page, and only while ReliefPath runs here as a local demo.
      </p>
      {mail === 'off' && <p>There is no outbox on this server: its mail is delivered by email.</p>}
      {Array.isArray(mail) && mail.length === 0 && (
        <p aria-live="polite">No messages yet. New ones show up here by themselves.</p>
      )}
      {Array.isArray(mail) &&
        mail.map((m) => (
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
            {m.attachments.map((file) => (
              <details key={file.filename} className="attachment">
                <summary>Attached: {file.filename}</summary>
                <p>
                  <a
                    className="button"
                    download={file.filename}
                    href={`data:${file.contentType.split(';')[0]};charset=utf-8,${encodeURIComponent(file.content)}`}
                  >
                    Download {file.filename}
                  </a>
                </p>
                <pre>{file.content}</pre>
              </details>
            ))}
          </article>
        ))}
    </section>
  );
}
