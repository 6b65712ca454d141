import { expect, it } from 'vitest';
import { breadcrumbs, isCurrentSection, mainNavigation } from '../../../src/views/layout.ts';

it('marks the section a page belongs to, and the home page only on itself', () => {
	expect(mainNavigation.map((n) => n.href)).toEqual(['/sok/', '/projekt/', '/kommun/', '/statistik/', '/data/']);
	expect(isCurrentSection('/projekt/', '/projekt/20204763/')).toBe(true);
	expect(isCurrentSection('/projekt/', '/kommun/')).toBe(false);
	expect(isCurrentSection('/', '/')).toBe(true);
	expect(isCurrentSection('/', '/projekt/')).toBe(false);
});

it('starts every trail at the home page', () => {
	expect(breadcrumbs({ label: 'Kommuner' })).toEqual([{ href: '/', label: 'Start' }, { label: 'Kommuner' }]);
});
