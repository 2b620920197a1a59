import { ErrorBoundary, type ParentProps } from 'solid-js';

/**
 * A page that fails to render (most often: its code chunk could not be loaded, offline or after
 * a deploy, once chunk-recovery's single reload has been spent) shows why and how to recover,
 * instead of leaving the reader with an empty page.
 */
export function PageErrorBoundary(props: ParentProps) {
  return (
    <ErrorBoundary
      fallback={(error: unknown) => (
        <section class="page-error" role="alert">
          <h1 tabindex="-1">This page could not be shown</h1>
          <p>{describe(error)}</p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </section>
      )}
    >
      {props.children}
    </ErrorBoundary>
  );
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(message)
    ? 'Part of the site could not be loaded. You may be offline, or a new version was published. Reloading usually fixes it.'
    : `Something went wrong: ${message}`;
}
