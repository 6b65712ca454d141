import { expect, it } from 'vitest';
import { readSources } from '../../../../src/entries/sources.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

it('knows the document each project cites', () => {
	const bank = createBank(shippedProjects(), siteConfig, readSources());
	const p = bank.projects.find((e) => e.key === '20378916')!;
	expect(bank.sourceOf(p)?.slug).toBe('vasterbotten-pm-indi');
});
