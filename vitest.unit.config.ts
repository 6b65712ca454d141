import { defineConfig } from 'vitest/config';
import { unit } from './vitest.config.ts';

/** Only the unit tests: `npm run test:unit` and mutation testing. */
export default defineConfig(unit);
