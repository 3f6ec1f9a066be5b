/**
 * Persistent storage (QUALITY.md R-S1): ask the browser not to evict our IndexedDB under storage
 * pressure, and report what it granted so Settings can show it.
 */

export type StorageStatus = {
  /** undefined when the browser has no StorageManager (old engines, some test environments). */
  persisted: boolean | undefined;
  usageBytes?: number;
  quotaBytes?: number;
};

/** Asks for persistence once and returns the resulting status. Never throws. */
export async function requestPersistentStorage(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return { persisted: undefined };
  try {
    const already = await storage.persisted();
    const persisted = already || (await storage.persist());
    return { persisted, ...(await readEstimate(storage)) };
  } catch {
    return { persisted: false };
  }
}

/** The current status, without asking. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return { persisted: undefined };
  try {
    return { persisted: await storage.persisted(), ...(await readEstimate(storage)) };
  } catch {
    return { persisted: false };
  }
}

async function readEstimate(storage: StorageManager): Promise<Pick<StorageStatus, 'usageBytes' | 'quotaBytes'>> {
  if (!storage.estimate) return {};
  const estimate = await storage.estimate();
  const result: Pick<StorageStatus, 'usageBytes' | 'quotaBytes'> = {};
  if (estimate.usage !== undefined) result.usageBytes = estimate.usage;
  if (estimate.quota !== undefined) result.quotaBytes = estimate.quota;
  return result;
}
