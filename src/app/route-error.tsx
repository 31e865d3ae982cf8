import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <main className="page narrow" role="alert">
      <h1>Something went wrong</h1>
      <p>The workbench hit an error it did not expect. Your saved work in this browser is unaffected.</p>
      <pre className="error-detail">{message}</pre>
      <p>
        <Link to="/" reloadDocument>
          Reload the workbench
        </Link>
      </p>
    </main>
  );
}
