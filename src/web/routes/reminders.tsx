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
      <h2 id="reminders-heading">Reminders</h2>
      <p className="hint">
        Pick up to four times a day. Subscribe once in your calendar app and the reminders appear
        there every day.
      </p>
      {list.map((time, i) => (
        <label key={i} className="text-field inline">
          Reminder {i + 1}
          <input
            type="time"
            value={time}
            onChange={(e) => setTimes(list.map((t, j) => (j === i ? e.target.value : t)))}
          />
        </label>
      ))}
      <div className="actions">
        {list.length < 4 && (
          <button type="button" className="button" onClick={() => setTimes([...list, '19:00'])}>
            Add a time
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
                setMessage('Saved. Add the link below to your calendar.');
              },
              (e: unknown) => setMessage(failureWords(e, 'Could not save.')),
            )
          }
        >
          Save reminders
        </button>
      </div>
      <p role="status">{message}</p>
      <NudgeChoice userId={userId} />
      {feed && (
        <p>
          <a className="button" href={feed.replace(/^https?:/, 'webcal:')}>
            Subscribe in my calendar
          </a>{' '}
          <input
            className="invite-url"
            readOnly
            aria-label="Calendar link"
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
                    ? `After a missed day we'll email you at your first reminder time, or 9:00 (${sent.value.timeZone}).`
                    : 'No more missed-day emails.',
                );
              },
              (err: unknown) => {
                setEmail(!wanted);
                setMessage(failureWords(err, 'Could not save.'));
              },
            );
          }}
        />
        <span>Email me when I miss a day</span>
      </label>
      <p role="status" className="hint">
        {message}
      </p>
    </>
  );
}
