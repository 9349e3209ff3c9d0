import { Component, type ReactNode } from 'react';
import { PageTitle } from './page';

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
        <PageTitle title="Needs a connection">This page needs a connection</PageTitle>
        <p>
          It could not be loaded just now: it needs the network the first time it opens on this
          device. Please try again once you are back online.
        </p>
        <button type="button" className="button primary" onClick={() => location.reload()}>
          Try again
        </button>
      </section>
    );
  }
}
