/** /organisation/ and /organisation/<key>/: owners and financiers, owned and co-financed projects kept apart. */
import { sortProjects } from '../domain/listing.ts';
import { sum } from '../domain/measures.ts';
import type { Organisation } from '../domain/organisations.ts';
import { countProjects, formatKronor, statusLabels } from '../format.ts';
import { urls } from '../urls.ts';
import { loadBank } from './collection.ts';
import { cell, type TableModel } from './table.ts';
import { projectTable } from './tables.ts';

export async function indexModel() {
	const bank = await loadBank();
	const table: TableModel = {
		caption: 'Organisationer i banken',
		columns: [{ label: 'Organisation' }, { label: 'Äger', numeric: true }, { label: 'Medfinansierar', numeric: true }],
		rows: bank.organisations.map((o) => ({
			cells: [
				cell(o.name, { href: urls.organisation(o.key) }),
				cell(o.owned.length ? countProjects(o.owned.length) : '–'),
				cell(o.coFinanced.length ? countProjects(o.coFinanced.length) : '–'),
			],
		})),
	};
	return { count: bank.organisations.length, table };
}

export function pageModel(o: Organisation) {
	const owned = sortProjects(o.owned, { key: 'granted', direction: 'desc' });
	const coFinanced = [...o.coFinanced].sort((a, b) => b.amount - a.amount);
	return {
		name: o.name,
		orgNumber: o.orgNumber,
		spellings: o.spellings.length > 1 ? o.spellings : [],
		owned: owned.length ? projectTable(owned, `${countProjects(owned.length)} med ${o.name} som projektägare`) : undefined,
		coFinanced: coFinanced.length
			? ({
					caption: `${o.name} finns i finansieringen för ${countProjects(coFinanced.length)}, sammanlagt ${formatKronor(sum(coFinanced.map((c) => c.amount)))}`,
					columns: [{ label: 'Projekt' }, { label: 'Rad i finansieringen' }, { label: 'Belopp', numeric: true }, { label: 'Status' }],
					rows: coFinanced.map((c) => ({
						cells: [
							cell(c.project.data.title, { href: urls.project(c.project.key) }),
							cell(c.rows.map((r) => r.financier + (r.inKind ? ' (bidrag i annat än pengar)' : '')).join('; ')),
							cell(formatKronor(c.amount)),
							cell(statusLabels[c.project.data.status]),
						],
					})),
				} satisfies TableModel)
			: undefined,
	};
}

export async function paths() {
	const bank = await loadBank();
	return bank.organisations.map((o) => ({ params: { slug: o.key }, props: pageModel(o) }));
}
export type OrganisationPageModel = ReturnType<typeof pageModel>;
