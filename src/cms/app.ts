// The editing app's entry point. Sveltia CMS's npm build never starts by itself; init() reads the
// configuration from the admin page's <link rel="cms-config-url">.
import './swedish-default.ts';
import { init, registerCustomFormat } from '@sveltia/cms';
import { ENTRY_FORMAT, EntryStore } from './entry-format.ts';

// Entries are saved by changing only what the editor changed (src/cms/entry-format.ts).
const entries = new EntryStore();
registerCustomFormat(ENTRY_FORMAT, 'md', { fromFile: (text) => entries.read(text), toFile: (value) => entries.write(value) });

init();
