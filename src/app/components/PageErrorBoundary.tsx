import { ErrorBoundary, type ParentProps } from 'solid-js';
import { describeLoadError } from '../pwa/load-error.ts';

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
          <p>{describeLoadError(error)}</p>
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
