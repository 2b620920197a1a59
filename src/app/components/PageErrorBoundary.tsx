import { ErrorBoundary, type ParentProps } from 'solid-js';
import { describeLoadError } from '../pwa/load-error.ts';

/** A page that fails to render shows why and a Reload; often its chunk would not load, offline or after a deploy. */
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
