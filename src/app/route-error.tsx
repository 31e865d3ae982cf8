import { useState } from 'react';
import { isRouteErrorResponse, Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { type AppStore, useAppStoreApiIfAny } from '../store/store';
import { useWaysOut } from './error-ways-out';
import { DECISION_RESET, resetDecision } from '../store/view-reset';

/**
 * The page shown when the app's frame itself throws (the layout, a route outside it), where no view
 * boundary can catch. Where the store is reachable it offers the view boundary's ways out — undo the
 * last change, back to the built-in dataset, download the snapshot, and a reset of the whole decision
 * (after a confirmation) — then tries the page again; Reload always.
 */
export function RouteError() {
  const error = useRouteError();
  const store = useAppStoreApiIfAny();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <main className="page narrow" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong</h1>
      <p>
        The workbench hit an error it did not expect. Your decision is kept in this browser: nothing was deleted.
        {store &&
          ' One of these usually gets the workbench back; the snapshot keeps the whole decision as a file first, whatever you choose.'}
      </p>
      <pre className="error-detail">{message}</pre>
      {store && <WaysOut store={store} />}
      <p>
        <Link to="/" reloadDocument>
          Reload the workbench
        </Link>
      </p>
    </main>
  );
}

function WaysOut({ store }: { store: AppStore }) {
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const [confirming, setConfirming] = useState(false);
  /** After a way out, the same address again: the router leaves its error page and renders anew. */
  const { then, downloadFailed, buttons } = useWaysOut(store, () => void navigate(`${pathname}${search}${hash}`, { replace: true }));
  return (
    <>
      <div className="view-error-actions">
        {buttons}
        {!confirming && (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {DECISION_RESET.label}…
          </button>
        )}
      </div>
      {confirming && (
        <fieldset className="view-error-confirm">
          <legend>Reset the whole decision?</legend>
          <p>
            Weights, team answers, ratings, positions, the migration graph and the record go back to a new decision’s (the dataset stays).
            Download the snapshot first to keep them; Undo takes the reset back.
          </p>
          <div className="view-error-actions">
            <button type="button" className="button primary" onClick={then(() => resetDecision(store))}>
              Yes, reset the decision
            </button>
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </fieldset>
      )}
      {downloadFailed && <p role="status">The snapshot could not be made: {downloadFailed}</p>}
    </>
  );
}
