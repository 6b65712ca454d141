import { expect, it } from 'vitest';
import { downloadName } from '../../../src/client/search-download.ts';

it('names the file after the search', () => {
	expect(downloadName(['solel', 'Norrbottens län'])).toBe('projekt-solel-norrbottens-lan.csv');
	expect(downloadName(['', ''])).toBe('projekt.csv');
});
