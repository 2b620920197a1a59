/**
 * The start-up milestones the app marks with User Timing (src/app/milestones.ts), each named
 * MILESTONE_PREFIX + milestone; npm run bench and the browser tests read them by that prefix.
 */
export type Milestone =
  'hydrated' | 'worker-registered' | 'worker-installed' | 'posts-saved' | 'page-database-open' | 'images-saved';

export const MILESTONE_PREFIX = 'field-notes:';
