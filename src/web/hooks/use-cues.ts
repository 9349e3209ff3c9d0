import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { INTL_TAG, type Locale } from '../../domain/i18n/locale';
import type { Cue } from '../../domain/session/player';
import { useLocale, useT } from '../i18n/i18n';

/**
 * Plays the player's cues: a short chime (Web Audio), vibration where the device has it,
 * and spoken words when the person turned them on, in the page's language. Every spoken cue
 * also goes to a live region, so screen-reader users hear it without speech synthesis, and
 * with no voice for the language the words are still on screen.
 */
export function useCues(spoken: boolean) {
  const audio = useRef<AudioContext | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const t = useT();
  const locale = useLocale();

  /** Browsers only allow sound after a user gesture: call this from a click. */
  const unlock = useCallback(() => {
    if (!audio.current && typeof AudioContext !== 'undefined') audio.current = new AudioContext();
    void audio.current?.resume();
  }, []);

  const play = useCallback(
    (cues: Cue[]) => {
      for (const cue of cues) {
        if (cue.kind === 'chime' && audio.current) chime(audio.current);
        if (cue.kind === 'vibrate' && 'vibrate' in navigator) navigator.vibrate(cue.pattern);
        if (cue.kind === 'speak') {
          const words = t(cue.say, cue.values);
          setAnnouncement(words);
          const voice = spoken ? voiceFor(locale) : null;
          if (voice) {
            const utterance = new SpeechSynthesisUtterance(words);
            utterance.lang = INTL_TAG[locale];
            if (voice !== 'any') utterance.voice = voice;
            window.speechSynthesis.cancel();
            window.speechSynthesis.speak(utterance);
          }
        }
      }
    },
    [spoken, t, locale],
  );

  useEffect(() => () => void audio.current?.close(), []);
  return { play, unlock, announcement };
}

/**
 * A voice that speaks the language, or null when the device has none: then the cues are only
 * shown, since an English voice reading Spanish would be no help. Before the device has listed
 * its voices (an empty list), the browser is left to choose one by the utterance's language.
 */
function voiceFor(locale: Locale): SpeechSynthesisVoice | 'any' | null {
  if (!('speechSynthesis' in window)) return null;
  const all = window.speechSynthesis.getVoices();
  if (all.length === 0) return 'any';
  const voices = all.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === locale);
  return voices.find((v) => v.lang === INTL_TAG[locale]) ?? voices[0] ?? null;
}

function chime(ctx: AudioContext) {
  const now = ctx.currentTime;
  for (const [i, freq] of [660, 880].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, now + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.25, now + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.5);
    osc.connect(gain).connect(ctx.destination);
    osc.start(now + i * 0.18);
    osc.stop(now + i * 0.18 + 0.55);
  }
}

/** Keeps the screen on while `active`, and takes the lock back after the tab returns. */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let cancelled = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock
        .request('screen')
        .then((l) => {
          if (cancelled) void l.release();
          else lock = l;
        })
        .catch(() => undefined); // Denied (e.g. battery saver): the session still works.
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release();
    };
  }, [active]);
}

/** The current time from performance.now(), refreshed every `intervalMs` while active. */
export function useNow(active: boolean, intervalMs: number): number {
  const [now, setNow] = useState(() => performance.now());
  useLayoutEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(performance.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
