import { i18n } from '@lingui/core';
import { useEffect, useState } from 'react';
import { failureWords, isUnanswered } from '../messages';

export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: T }
  /** `offline`: the request got no answer at all, so the screen can say what still works. */
  | { status: 'failed'; message: string; offline: boolean };

const IDLE = { status: 'idle' } as const;
const LOADING = { status: 'loading' } as const;

/**
 * Runs `load` whenever `key` changes (null means nothing to load). The answer is kept with
 * the key it belongs to, so a stale answer never shows for a newer request.
 */
export function useAsync<T>(
  key: string | null,
  load: () => Promise<T>,
): [AsyncState<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const requestKey = key === null ? null : `${key}#${attempt}`;
  const [result, setResult] = useState<{ key: string; state: AsyncState<T> } | null>(null);
  useEffect(() => {
    if (requestKey === null) return;
    let current = true;
    load().then(
      (value) => current && setResult({ key: requestKey, state: { status: 'done', value } }),
      (error: unknown) =>
        current &&
        setResult({
          key: requestKey,
          state: {
            status: 'failed',
            message: failureWords(error, i18n._('common.failed')),
            offline: isUnanswered(error),
          },
        }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated each render; `requestKey` says when the request really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requestKey]);
  const state = requestKey === null ? IDLE : result?.key === requestKey ? result.state : LOADING;
  return [state, () => setAttempt((n) => n + 1)];
}
