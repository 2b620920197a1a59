/** The start-up milestones src/app/milestones.ts marks with User Timing, each named MILESTONE_PREFIX + milestone. */
export type Milestone =
  'hydrated' | 'worker-registered' | 'worker-installed' | 'posts-saved' | 'page-database-open' | 'images-saved';

/** The prefix npm run bench and the browser tests find the milestones by. */
export const MILESTONE_PREFIX = 'field-notes:';
