import type { FieldNotesDB } from '../data/db.ts';
import { recordVisit } from '../data/visits.ts';

/** Notes the reader's presence at start and as the tab shows or hides, so a return after a while is a new visit. */
export function trackVisits(db: FieldNotesDB): void {
  const note = () => {
    recordVisit(db).catch((error: unknown) => console.warn('Could not note this visit', error));
  };
  note();
  document.addEventListener('visibilitychange', note);
  window.addEventListener('pagehide', note);
}
