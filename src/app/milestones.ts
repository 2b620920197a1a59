/**
 * The start-up milestones of a visit, as User Timing marks ("field-notes:hydrated", …): they show
 * in the browser's performance tools, and `npm run bench` reads them to say which step a slow
 * "ready offline" waited for. A mark costs microseconds; one already made is not made again.
 */
export type Milestone = 'hydrated' | 'worker-registered' | 'worker-installed' | 'posts-saved';

export const MILESTONE_PREFIX = 'field-notes:';

export function markMilestone(milestone: Milestone): void {
  const name = MILESTONE_PREFIX + milestone;
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
