import { MILESTONE_PREFIX, type Milestone } from '../shared/milestones.ts';

/** Marks a start-up milestone with User Timing, for the browser's tools and `npm run bench`; made once a visit. */
export function markMilestone(milestone: Milestone): void {
  const name = MILESTONE_PREFIX + milestone;
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
