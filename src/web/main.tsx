import { options } from 'preact';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadScreenFor } from './app';
import { activateLocale, LocaleProvider, startingLocale } from './i18n/i18n';
import { keepAppOnDevice } from './offline/updates';
import './styles.css';

// Effects run in the next task, as React runs them, not after the next animation frame: a
// background tab gets no frames, and the player's timers start in effects.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.splice(0).forEach((run) => run());
options.requestAnimationFrame = (run) => {
  waiting.push(run);
  if (waiting.length === 1) channel.port2.postMessage(null);
};

const root = document.getElementById('root');
// If this load fails, the screen asks for its code again as it renders.
await Promise.all([
  loadScreenFor(location.pathname).catch(() => undefined),
  activateLocale(startingLocale()).catch(() => activateLocale('en')),
]);
keepAppOnDevice();
if (root)
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </StrictMode>,
  );
