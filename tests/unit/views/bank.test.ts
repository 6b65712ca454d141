import { expect, it } from 'vitest';
import { readSources } from '../../../src/entries/sources.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { createBank } from '../../../src/views/bank.ts';
import { project } from '../../helpers/fixtures.ts';
import { shippedProjects } from '../../helpers/shipped.ts';

it('knows the document each project cites', () => {
	const bank = createBank(shippedProjects(), siteConfig, readSources());
	const p = bank.projects.find((e) => e.key === '20378916')!;
	expect(bank.sourceOf(p)?.slug).toBe('vasterbotten-pm-indi');
});

it('stops the build when a project cites a document the bank does not have', () => {
	const cited = project((e) => (e.source.document = 'Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-25'));
	expect(() => createBank([cited], siteConfig, readSources())).toThrowErrorMatchingInlineSnapshot(`
		[Error: Posterna hänvisar till källdokument som saknas:
		src/content/projects/20378916.md: source.document – väntade titeln på ett av dokumenten i src/content/sources/, men det står "Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-25". Menade du "Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24"?]
	`);
});
