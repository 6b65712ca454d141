// The editing app's entry point. Sveltia CMS's npm build never starts by itself; init() reads the
// configuration from the admin page's <link rel="cms-config-url">.
import './swedish-default.ts';
import { init } from '@sveltia/cms';

init();
