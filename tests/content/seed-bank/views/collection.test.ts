import { describe, expect, it, vi } from 'vitest';
import { createBank } from '../../../../src/views/bank.ts';
import { loadBank } from '../../../../src/views/collection.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

describe('the bank', () => {
	it('is read from the content collection, each entry as a project with its key, data and body', async () => {
		const bank = await loadBank();
		const expected = shippedProjects();
		expect(bank.projects.map((p) => p.key).sort()).toEqual(expected.map((p) => p.key).sort());
		const dovi = bank.projects.find((p) => p.key === '20359783')!;
		expect(dovi.data.title).toBe('Digital omställning i Västerbottens industrier DOVI');
		expect(dovi.body).toBe(expected.find((p) => p.key === '20359783')!.body);
		expect(bank.config).toBe(siteConfig);
	});

	it('indexes organisations and places once', () => {
		const bank = createBank(shippedProjects(), siteConfig);
		expect(bank.organisations.length).toBeGreaterThan(30);
		expect(bank.displayNames.get('ERUF')).toBe('Tillväxtverket');
		expect(bank.byMunicipality.get('2480')!.length).toBe(14); // Umeå
		expect(bank.byCounty.get('25')!.filter((p) => p.data.decider === 'Region Norrbotten')).toHaveLength(9);
	});
});
