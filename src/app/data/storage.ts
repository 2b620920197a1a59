/** What the browser says about this site's storage. */
export interface StorageReport {
  usage: number | undefined;
  quota: number | undefined;
  persisted: boolean | undefined;
}

/** Usage, quota and persistence, where the browser can tell. */
export async function readStorageReport(): Promise<StorageReport> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
    storage?.persisted ? storage.persisted().catch(() => undefined) : undefined,
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

/** Asks the browser to keep our storage under pressure; resolves with whether it now does. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  // Called only after a meaningful act (the first bookmark, an install): browsers weigh engagement, and asking on a
  // first visit gets refused or nags.
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist().catch(() => false);
}
