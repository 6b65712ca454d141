import { expect, it, vi } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { model } from '../../../src/views/quality-page.ts';
import { project, testConfig } from '../../helpers/fixtures.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

it("lists each decider's warnings as a table of project, what and where, and says when a decider has none", () => {
	const body = 'Projektet bygger upp kunskap om solel hos små företag i inlandet.';
	const clean = { ...project((e) => (e.id = '20390101')), body };
	const lost = {
		...project((e) => {
			e.id = '20390102';
			e.title = 'N¿ringsliv i norr';
		}),
		body,
	};
	const bank = createBank([clean, lost], testConfig);
	const page = model(bank);
	const [first] = page.deciders;
	expect(first).toMatchObject({ decider: clean.data.decider, flagged: 1, projects: 2 });
	expect(first!.table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
		[
			'N¿ringsliv i norr',
			'Tecken som gått förlorade',
			'Projektnamn',
			'ordet ”N¿ringsliv” har ett tecken som gått förlorat i exporten (”¿” eller ”�” i stället för en bokstav)',
		],
	]);
	expect(first!.table!.rows[0]!.cells[0]!.href).toBe('/projekt/20390102/');
	expect(page.summary).toBe('1 projekt av 2 har minst en varning.');
	expect(model(createBank([clean], testConfig)).deciders[0]!.table).toBeUndefined();
});
