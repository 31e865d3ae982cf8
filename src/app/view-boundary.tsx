import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { reloadPage } from '../lib/reload';
import { useAppStoreApi } from '../store/store';
import { useWaysOut } from './error-ways-out';
import { resetViewPart, VIEW_PARTS, type ViewPart } from '../store/view-reset';

interface BoundaryProps {
  part: ViewPart | null;
  /** Where the person is: a move elsewhere (another pattern, another slide) tries the view again. */
  at: string;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
  at: string;
}

/**
 * Catches a view that throws while rendering, inside the layout: the header, the navigation and the
 * other views stay usable, and the decision is kept. The panel offers ways out; after one, the view
 * is tried again (and caught again if it still throws).
 */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, at: this.props.at };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.at === state.at ? null : { error: null, at: props.at };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ViewError error={this.state.error} part={this.props.part} onRetry={() => this.setState({ error: null })} />;
  }
}

/** One boundary per view; the view is kept mounted as the address changes within it (a search, a slide). */
export function ViewBoundary({ part = null, children }: { part?: ViewPart | null; children: ReactNode }) {
  const { pathname, search } = useLocation();
  return (
    <Boundary at={pathname + search} part={part}>
      {children}
    </Boundary>
  );
}

function ViewError({ error, part, onRetry }: { error: Error; part: ViewPart | null; onRetry: () => void }) {
  const store = useAppStoreApi();
  const { then, downloadFailed, buttons } = useWaysOut(store, onRetry);
  return (
    <section className="page narrow view-error" role="alert" aria-labelledby="view-error-title">
      <h1 id="view-error-title">This view hit an error</h1>
      <p>
        Your decision is kept: nothing was deleted, and the other views still work. One of these usually gets this view back; the snapshot
        keeps the whole decision as a file first, whatever you choose.
      </p>
      <pre className="error-detail">{error.message}</pre>
      <div className="view-error-actions">
        {buttons}
        {part && (
          <button type="button" className="button" onClick={then(() => resetViewPart(store, part))}>
            {VIEW_PARTS[part].label}
          </button>
        )}
        <button type="button" className="button ghost" onClick={reloadPage}>
          Reload
        </button>
      </div>
      {downloadFailed && <p role="status">The snapshot could not be made: {downloadFailed}</p>}
    </section>
  );
}
