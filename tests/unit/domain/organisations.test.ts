import { describe, expect, it } from 'vitest';
import { displayNames, organisationKey, organisationName, organisations } from '../../../src/domain/organisations.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { shippedProjects } from '../../helpers/shipped.ts';

const projects = shippedProjects();
const aliases = siteConfig.organisationAliases;
const all = organisations(projects, aliases);
const find = (key: string) => all.find((o) => o.key === key)!;

describe('who an organisation is', () => {
	it('drops a bracket saying what kind of money it is, and follows the settings’ aliases', () => {
		expect(organisationName('Region Norrbotten (1:1)')).toBe('Region Norrbotten');
		expect(organisationName('Tillväxtverket (ERUF) ')).toBe('Tillväxtverket');
		expect(organisationName('ERUF, Tillväxtverket', aliases)).toBe('Tillväxtverket');
		expect(organisationName('ERUF, Tillväxtverket')).toBe('ERUF, Tillväxtverket');
		expect(organisationName('Bolaget (Norr) AB')).toBe('Bolaget (Norr) AB');
		expect(organisationKey('LULEÅ TEKNISKA UNIVERSITET')).toBe('lulea-tekniska-universitet');
		expect(organisationKey('ERUF', aliases)).toBe('tillvaxtverket');
	});

	it('meets every spelling of one organisation under one name, preferring one not in capitals', () => {
		const ltu = find('lulea-tekniska-universitet');
		expect(ltu.name).toBe('Luleå tekniska universitet');
		expect(new Set(ltu.spellings)).toEqual(new Set(['LULEÅ TEKNISKA UNIVERSITET', 'Luleå tekniska universitet']));
		expect(new Set(find('tillvaxtverket').spellings)).toEqual(new Set(['ERUF', 'ERUF, Tillväxtverket', 'TILLVÄXTVERKET', 'Tillväxtverket (ERUF)']));
		expect(find('tillvaxtverket').name).toBe('Tillväxtverket');
	});

	it('keeps owned and co-financed projects apart, with the organisation number where the source gives it', () => {
		const ltu = find('lulea-tekniska-universitet');
		expect(ltu.owned.map((p) => p.key).sort()).toEqual(['20204909', '20372391', '20378916']);
		expect(ltu.coFinanced.map((c) => c.project.key).sort()).toEqual(['20204888', '20378916']);
		expect(ltu.orgNumber).toBeUndefined(); // no source prints LTU's number
		expect(find('region-vasterbotten').orgNumber).toBe('232100-0222');
		const norrbotten = find('region-norrbotten');
		expect(norrbotten.coFinanced.find((c) => c.project.key === '20204814')!.amount).toBe(1_222_867);
		expect(norrbotten.owned.map((p) => p.key)).toEqual(['dnr-00031-2020']);
		expect(norrbotten.orgNumber).toBeUndefined();
	});

	it('adds up one organisation’s several rows in a project', () => {
		const rows = find('region-vasterbotten').coFinanced.find((c) => c.rows.length > 1);
		if (rows) expect(rows.amount).toBe(rows.rows.reduce((s, r) => s + r.amount, 0));
		const synthetic = organisations([{ ...projects[0]!, data: { ...projects[0]!.data, owner: undefined, financing: [{ financier: 'A', amount: 1, inKind: false }, { financier: 'A (B)', amount: 2, inKind: true }] } }]);
		expect(synthetic).toHaveLength(1);
		expect(synthetic[0]!.coFinanced[0]!.amount).toBe(3);
		expect(synthetic[0]!.owned).toEqual([]);
	});

	it('lists organisations in Swedish order and maps every spelling to its display name', () => {
		const names = all.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
		const display = displayNames(all);
		expect(display.get('LULEÅ TEKNISKA UNIVERSITET')).toBe('Luleå tekniska universitet');
		expect(display.get('ERUF')).toBe('Tillväxtverket');
	});
});
