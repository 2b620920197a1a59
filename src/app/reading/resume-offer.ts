import { createSignal } from 'solid-js';

/** The offer to continue a post where the reader stopped, shown with the other floating messages. */
export interface ResumeOffer {
  section?: string | undefined;
  progress: number;
  onContinue: () => void;
  onDismiss: () => void;
}

const [offer, setOffer] = createSignal<ResumeOffer>();

/** The current offer; it floats with the toasts, as a card put into the text when IndexedDB answers would shift it. */
export const resumeOffer = offer;

/** Shows an offer, or takes it away with undefined. */
export function showResumeOffer(next: ResumeOffer | undefined): void {
  setOffer(next);
}
