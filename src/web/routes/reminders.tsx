import { useState } from 'react';
import { getNudges, getReminders, setNudges, setReminders } from '../api';
import { useAsync } from '../hooks/use-async';
import { useT } from '../i18n/i18n';
import { failureWords } from '../messages';

/** E5: daily reminder times, as a private calendar feed the person subscribes to. */
export function Reminders({ userId }: { userId: string }) {
  const t = useT();
  const [saved] = useAsync('reminders', getReminders);
  const [times, setTimes] = useState<string[] | null>(null);
  const [feed, setFeed] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const shown = times ?? (saved.status === 'done' ? saved.value.times : []);
  const list = shown.length ? shown : ['08:00'];
  return (
    <section aria-labelledby="reminders-heading" className="form">
      <h2 id="reminders-heading">{t('reminders.title')}</h2>
      <p className="hint">{t('reminders.hint')}</p>
      {list.map((time, i) => (
        <label key={i} className="text-field inline">
          {t('reminders.time', { number: i + 1 })}
          <input
            type="time"
            value={time}
            onChange={(e) => setTimes(list.map((x, j) => (j === i ? e.target.value : x)))}
          />
        </label>
      ))}
      <div className="actions">
        {list.length < 4 && (
          <button type="button" className="button" onClick={() => setTimes([...list, '19:00'])}>
            {t('reminders.add')}
          </button>
        )}
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void setReminders(userId, list).then(
              (sent) => {
                if (sent.kept) return setMessage(t('sync.kept'));
                setFeed(sent.value.feedUrl);
                setMessage(t('reminders.saved'));
              },
              (e: unknown) => setMessage(failureWords(e, t('common.saveFailed'))),
            )
          }
        >
          {t('reminders.save')}
        </button>
      </div>
      <p role="status">{message}</p>
      <NudgeChoice userId={userId} />
      {feed && (
        <p>
          <a className="button" href={feed.replace(/^https?:/, 'webcal:')}>
            {t('reminders.subscribe')}
          </a>{' '}
          <input
            className="invite-url"
            readOnly
            aria-label={t('reminders.link')}
            value={feed}
            onFocus={(e) => e.target.select()}
          />
        </p>
      )}
    </section>
  );
}

/** E5: an email after a missed day, only for those who ask for it. */
function NudgeChoice({ userId }: { userId: string }) {
  const t = useT();
  const [saved] = useAsync('nudges', getNudges);
  const [email, setEmail] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const checked = email ?? (saved.status === 'done' && saved.value.email);
  return (
    <>
      <label className="choice">
        <input
          type="checkbox"
          checked={checked}
          disabled={saved.status === 'loading'}
          onChange={(e) => {
            const wanted = e.target.checked;
            setEmail(wanted);
            setNudges(userId, wanted).then(
              (sent) => {
                if (sent.kept) return setMessage(t('sync.kept'));
                setMessage(
                  sent.value.email
                    ? t('reminders.nudgeOn', { zone: sent.value.timeZone ?? 'none' })
                    : t('reminders.nudgeOff'),
                );
              },
              (err: unknown) => {
                setEmail(!wanted);
                setMessage(failureWords(err, t('common.saveFailed')));
              },
            );
          }}
        />
        <span>{t('reminders.nudge')}</span>
      </label>
      <p role="status" className="hint">
        {message}
      </p>
    </>
  );
}
