import type { Page } from 'playwright-core';
import type { LearningEvent } from '../../src/core/events';
import { DB_NAME } from '../../src/store/schema';

/** Every event the tablet holds, read from its database as the app would after a restart. */
export const eventsOnTablet = (page: Page): Promise<LearningEvent[]> =>
  page.evaluate(
    (name) =>
      new Promise<LearningEvent[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as LearningEvent[]);
          };
        };
      }),
    DB_NAME,
  );
