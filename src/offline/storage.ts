export interface StorageInfo {
  usedBytes: number | null;
  freeBytes: number | null;
  persisted: boolean | null;
}

/** Space used and left for Hubsteps on this tablet, and whether the browser promises to keep it. */
export async function storageInfo(): Promise<StorageInfo> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => null) ?? null,
    storage?.persisted?.().catch(() => null) ?? null,
  ]);
  const used = estimate?.usage ?? null;
  const quota = estimate?.quota ?? null;
  return {
    usedBytes: used,
    freeBytes: used !== null && quota !== null ? Math.max(quota - used, 0) : null,
    persisted,
  };
}

/** Asks the browser not to clear Hubsteps' data when space runs low. */
export async function askToKeepData(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}
