import { Component, type ReactNode } from 'react';
import { i18n } from '@lingui/core';
import type { MessageKey } from '../../../content/messages/en';
import { PageTitle } from './page';

// A class component has no hooks; the page's language is the active one.
const say = (key: MessageKey) => i18n._(key);

/**
 * A screen whose code could not be fetched (no network, and not kept on this device: the staff
 * screens are not) says so and offers another try, instead of leaving an empty page.
 */
export class ScreenBoundary extends Component<
  { children: ReactNode; location: string },
  { failedAt: string | null }
> {
  override state = { failedAt: null as string | null };

  static getDerivedStateFromError(): Partial<{ failedAt: string | null }> {
    return { failedAt: location.pathname };
  }

  override render() {
    // Moving to another screen gives it its own chance.
    if (this.state.failedAt === null || this.state.failedAt !== this.props.location)
      return this.props.children;
    return (
      <section className="screen-failed">
        <PageTitle title={say('offline.needsTab')}>{say('offline.needsTitle')}</PageTitle>
        <p>{say('offline.needsLead')}</p>
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {say('offline.tryAgain')}
        </button>
      </section>
    );
  }
}
