import { createSignal } from 'solid-js';

/** The offer to continue a post where the reader stopped, shown with the other floating messages. */
export interface ResumeOffer {
  section?: string | undefined;
  progress: number;
  onContinue: () => void;
  onDismiss: () => void;
}

const [offer, setOffer] = createSignal<ResumeOffer>();

/**
 * The current offer, if any. It floats with the toasts rather than sitting above the text: the
 * stored position is known only once IndexedDB answers, after the prerendered article is on
 * screen, and a card pushed into the text then would shift it down.
 */
export const resumeOffer = offer;

/** Shows an offer, or takes it away with undefined. */
export function showResumeOffer(next: ResumeOffer | undefined): void {
  setOffer(next);
}
