import { useEffect, useState } from 'react';
import { outbox, type OutboxMail } from '../api';
import { PageTitle } from '../components/page';
import { readerTag } from '../components/format';
import { useT } from '../i18n/i18n';

/** Mail is sent just after the page that asked for it answers; look again this often. */
const REFRESH_MS = 2000;

/** Demo mode only: the mail the app would have sent, so sign-in links work on a fresh machine. */
export function OutboxPage() {
  const [mail, setMail] = useState<OutboxMail[] | 'off' | null>(null);
  const t = useT();
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
      <PageTitle title={t('outbox.title')}>{t('outbox.title')}</PageTitle>
      <p className="notice">{t('outbox.intro')}</p>
      {mail === 'off' && <p>{t('outbox.off')}</p>}
      {Array.isArray(mail) && mail.length === 0 && <p aria-live="polite">{t('outbox.empty')}</p>}
      {Array.isArray(mail) &&
        mail.map((m) => (
          <article key={m.id} className="mail">
            <h2>{m.subject}</h2>
            <p className="meta">
              {t('outbox.to', { to: m.to, when: new Date(m.sentAt).toLocaleString(readerTag()) })}
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
                <summary>{t('outbox.attached', { file: file.filename })}</summary>
                <p>
                  <a
                    className="button"
                    download={file.filename}
                    href={`data:${file.contentType.split(';')[0]};charset=utf-8,${encodeURIComponent(file.content)}`}
                  >
                    {t('outbox.download', { file: file.filename })}
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
