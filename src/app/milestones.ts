import { MILESTONE_PREFIX, type Milestone } from '../shared/milestones.ts';

/**
 * Marks a start-up milestone of this visit with User Timing ("field-notes:hydrated", …): it shows
 * in the browser's performance tools, and `npm run bench` reads it to say which step a slow
 * "ready offline" waited for. A mark costs microseconds; one already made is not made again.
 */
export function markMilestone(milestone: Milestone): void {
  const name = MILESTONE_PREFIX + milestone;
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
