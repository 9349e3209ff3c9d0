import { i18n } from '@lingui/core';
import { createElement, useState, type FormEvent } from 'react';
import { failureWords } from '../messages';

/** Runs a form action, showing the server's words (or the action's own) on failure. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(failureWords(e, i18n._('common.failed')));
    } finally {
      setBusy(false);
    }
  };
  const message = error && createElement('p', { className: 'error', role: 'alert' }, error);
  return { busy, run, message, error };
}
