import type { Plugin } from 'vite';
import { DB_NAME } from '../src/store/schema';

/** Where index.html names the tablet's database, so the page and the store share one name. */
const DB_NAME_PLACEHOLDER = '__HUBSTEPS_DB__';

/** Writes the database's name into index.html's wake-up script. */
export function databaseNamePlugin(): Plugin {
  return {
    name: 'hubsteps-database-name',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { path }) => {
        // The app's page only: the coordinator's (coordinator/index.html, in `npm run dev`) has no database.
        if (path !== '/index.html') return html;
        if (!html.includes(DB_NAME_PLACEHOLDER)) throw new Error(`index.html no longer names ${DB_NAME_PLACEHOLDER}`);
        return html.replaceAll(DB_NAME_PLACEHOLDER, DB_NAME);
      },
    },
  };
}
