import { Link } from 'wouter';
import { STOP_ADVICE } from '../../../content/checkin-rules';
import { summarize, type SessionState } from '../../domain/session/player';

const OUTCOME_TEXT = { done: 'Done', skipped: 'Skipped', stopped: 'Stopped' } as const;

function Records({ state }: { state: SessionState }) {
  return (
    <table className="records">
      <caption>Exercise by exercise</caption>
      <thead>
        <tr>
          <th scope="col">Exercise</th>
          <th scope="col">Version</th>
          <th scope="col">Result</th>
          <th scope="col">Held</th>
        </tr>
      </thead>
      <tbody>
        {state.records.map((r, i) => {
          const item = state.items.find((it) => it.exerciseId === r.exerciseId);
          return (
            <tr key={i}>
              <td>{item?.name ?? r.exerciseId}</td>
              <td>{r.variant}</td>
              <td>
                {OUTCOME_TEXT[r.outcome]}
                {r.checkin?.action === 'modify' ? ' (made gentler)' : ''}
              </td>
              <td>{r.heldSeconds} s</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function SessionSummary({ state }: { state: SessionState }) {
  const summary = summarize(state);
  return (
    <div className="summary" data-testid="summary">
      <h2>Session complete. Well done!</h2>
      <ul className="stats">
        <li>
          <strong>{summary.done}</strong> done
        </li>
        <li>
          <strong>{summary.skipped}</strong> skipped
        </li>
        <li>
          <strong>{summary.modified}</strong> made gentler
        </li>
        <li>
          <strong>{Math.round((summary.heldSeconds / 60) * 10) / 10}</strong> minutes of holds
        </li>
      </ul>
      <Records state={state} />
      <p>Gentle and often beats long and hard: once or twice a day is plenty.</p>
      <div className="actions">
        <Link className="button primary" href="/plan">
          Back to my plan
        </Link>
        <Link className="button" href="/learn/expectations">
          What to expect over the coming weeks
        </Link>
      </div>
    </div>
  );
}

export function SessionStopped({ state }: { state: SessionState }) {
  const reasons = state.records.at(-1)?.checkin?.reasons ?? [];
  return (
    <div className="summary stopped" data-testid="stopped">
      <h2>We stopped the session</h2>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h3>What to do now</h3>
      <ul>
        {STOP_ADVICE.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <Records state={state} />
      <div className="actions">
        <Link className="button primary" href="/start">
          Check my symptoms again
        </Link>
        <Link className="button" href="/clinics">
          Find a physical therapist near you
        </Link>
      </div>
    </div>
  );
}
