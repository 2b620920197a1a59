import type { FieldNotesDB } from '../data/db.ts';
import { recordVisit } from '../data/visits.ts';

/**
 * Notes the reader's presence when the app starts and whenever the tab is shown or hidden, so a
 * return after a while away starts a new visit (and "new since your last visit" moves on).
 */
export function trackVisits(db: FieldNotesDB): void {
  const note = () => {
    recordVisit(db).catch((error: unknown) => console.warn('Could not note this visit', error));
  };
  note();
  document.addEventListener('visibilitychange', note);
  window.addEventListener('pagehide', note);
}
