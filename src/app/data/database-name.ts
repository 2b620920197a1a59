/** The database name for the site; tests pass their own. A module of its own so naming it does not load Dexie. */
export const DEFAULT_DB_NAME = 'kubecon-field-notes';
