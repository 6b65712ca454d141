/**
 * /organisation/ and /organisation/<key>/: owners and financiers, with what they own and what they
 * put into other projects kept apart, and money in granted projects kept apart from money in
 * applications that were rejected or are undecided.
 */
import { sortProjects } from '../domain/listing.ts';
import { organisationMoney, organisationProjects, type Organisation } from '../domain/organisations.ts';
import { countProjects, formatKronor, notGrantedClause, projectStatusLabel } from '../format.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { cacheKey } from './cache-key.ts';
import { loadBank } from './collection.ts';
import { measureStats, type Stat } from './measures.ts';
import { downloads, type Downloads } from './downloads.ts';
import { hasFeed } from './feeds.ts';
import { hasChangeFeed } from './history.ts';
import { cell, type TableModel } from './table.ts';
import { moneyCells, projectTable } from './tables.ts';

/** The organisations, largest first by what they granted as decider, own and put into granted projects. */
export function organisationIndex(bank: Pick<Bank, 'organisations'>): TableModel {
	const size = (m: ReturnType<typeof organisationMoney>) => m.decided.grantedMoney + m.owned.grantedMoney + m.coFinancingGranted;
	const rows = bank.organisations
		.map((o) => ({ o, money: organisationMoney(o) }))
		.sort((a, b) => size(b.money) - size(a.money) || a.o.name.localeCompare(b.o.name, 'sv'));
	return {
		caption:
			'Organisationer i banken, störst först efter beviljat som beslutande organ, till egna projekt och som medfinansiering av beviljade projekt',
		columns: [
			{ label: 'Organisation' },
			{ label: 'Beviljat som beslutande organ', numeric: true },
			{ label: 'Äger, beviljade projekt', numeric: true },
			{ label: 'Beviljat till egna projekt', numeric: true },
			{ label: 'Medfinansierar, beviljade projekt', numeric: true },
			{ label: 'Medfinansiering i beviljade projekt', numeric: true },
		],
		rows: rows.map(({ o, money }) => ({
			cells: [
				cell(o.name, { href: urls.organisation(o.key) }),
				o.decided.length ? moneyCells.granted(money.decided) : cell('–'),
				cell(money.owned.granted ? countProjects(money.owned.granted) : '–'),
				money.owned.granted ? moneyCells.granted(money.owned) : cell('–'),
				cell(money.coFinancedGranted ? countProjects(money.coFinancedGranted) : '–'),
				cell(money.coFinancedGranted ? formatKronor(money.coFinancingGranted) : '–'),
			],
		})),
	};
}

export async function indexModel() {
	const bank = await loadBank();
	return { count: bank.organisations.length, table: organisationIndex(bank) };
}

/** How many projects an organisation's page lists of those it owns, and of those it co-finances; the search has them all. */
export const LISTED = 25;

export interface OrganisationPageModel {
	name: string;
	orgNumber: string | undefined;
	/** Every printed spelling, where there is more than one. */
	spellings: string[];
	ownedStats: Stat[];
	owned: TableModel | undefined;
	/** Where all of them are, when the page lists only the first. */
	allOwned: { href: string; label: string } | undefined;
	coFinancingStats: Stat[];
	coFinanced: TableModel | undefined;
	/** As the decider: its decisions, kept apart from what it owns and co-finances. */
	decidedStats: Stat[];
	decided: TableModel | undefined;
	allDecided: { href: string; label: string } | undefined;
	allCoFinanced: { href: string; label: string } | undefined;
	description: string;
	downloads: Downloads;
}

export function pageModel(o: Organisation, bank: Bank): OrganisationPageModel {
	const money = organisationMoney(o);
	const followed = organisationProjects(o);
	const owned = sortProjects(o.owned, { key: 'granted', direction: 'desc' });
	const decided = sortProjects(o.decided, { key: 'granted', direction: 'desc' });
	const coFinanced = [...o.coFinanced].sort(
		(a, b) => Number(b.project.data.status === 'granted') - Number(a.project.data.status === 'granted') || b.amount - a.amount,
	);
	const coFinancingStats: Stat[] = [];
	if (money.coFinancedGranted)
		coFinancingStats.push({
			figure: formatKronor(money.coFinancingGranted),
			text: `i ${countProjects(money.coFinancedGranted)} som beviljats, enligt deras finansieringstabeller`,
		});
	if (money.coFinancedApplied)
		coFinancingStats.push({
			figure: formatKronor(money.coFinancingApplied),
			text: `i finansieringen av ${countProjects(money.coFinancedApplied)} ${notGrantedClause(money.coFinancedApplied)}: inte beviljat`,
		});
	return {
		name: o.name,
		description: `${o.name} i projektbanken: ${o.decided.length ? `${countProjects(o.decided.length)} som beslutande organ, ` : ''}${countProjects(o.owned.length)} som organisationen äger och ${countProjects(o.coFinanced.length)} där den finns i finansieringen.`,
		downloads: downloads(o.name, urls.organisation(o.key), followed.length > 0, {
			decisions: hasFeed(followed) ? urls.feed(urls.organisation(o.key)) : undefined,
			changes: hasChangeFeed(bank, followed) ? urls.changesFeed(urls.organisation(o.key)) : undefined,
		}),
		decidedStats: decided.length
			? measureStats(money.decided, `som ${o.name} har beslutat om eller har att avgöra som beslutande organ`, bank.config.funds)
			: [],
		decided: decided.length
			? projectTable(
					decided.slice(0, LISTED),
					decided.length > LISTED
						? `De ${LISTED} största av ${countProjects(decided.length)} med ${o.name} som beslutande organ`
						: `${countProjects(decided.length)} med ${o.name} som beslutande organ`,
					{ names: bank.displayNames },
				)
			: undefined,
		allDecided:
			decided.length > LISTED
				? { href: urls.decider(o.decided[0]!.data.decider), label: `Alla ${countProjects(decided.length)} på organets sida` }
				: undefined,
		orgNumber: o.orgNumber,
		spellings: o.spellings.length > 1 ? o.spellings : [],
		ownedStats: owned.length ? measureStats(money.owned, `med ${o.name} som projektägare`, bank.config.funds) : [],
		owned: owned.length
			? projectTable(
					owned.slice(0, LISTED),
					owned.length > LISTED
						? `De ${LISTED} största av ${countProjects(owned.length)} med ${o.name} som projektägare`
						: `${countProjects(owned.length)} med ${o.name} som projektägare`,
					{ names: bank.displayNames },
				)
			: undefined,
		allOwned:
			owned.length > LISTED
				? { href: urls.search({ agare: o.name }), label: `Alla ${countProjects(owned.length)} i sökningen` }
				: undefined,
		coFinancingStats,
		allCoFinanced:
			coFinanced.length > LISTED
				? { href: urls.search({ finansiar: o.name }), label: `Alla ${countProjects(coFinanced.length)} i sökningen` }
				: undefined,
		coFinanced: coFinanced.length
			? {
					caption:
						coFinanced.length > LISTED
							? `De ${LISTED} största av ${countProjects(coFinanced.length)} som ${o.name} finns i finansieringen av`
							: `${o.name} i finansieringen av ${countProjects(coFinanced.length)}`,
					columns: [{ label: 'Projekt' }, { label: 'Rad i finansieringen' }, { label: 'Belopp', numeric: true }, { label: 'Status' }],
					rows: coFinanced.slice(0, LISTED).map((c) => ({
						cells: [
							cell(c.project.data.title, { href: urls.project(c.project.key) }),
							cell(c.rows.map((r) => r.financier + (r.inKind ? ' (bidrag i annat än pengar)' : '')).join('; ')),
							cell(formatKronor(c.amount), {
								details: c.rows.some((r) => r.corrected !== r.amount) ? ['rättat belopp, se projektet'] : [],
							}),
							cell(projectStatusLabel(c.project.data), { tag: { tone: c.project.data.status } }),
						],
					})),
				}
			: undefined,
	};
}

export async function paths() {
	const bank = await loadBank();
	return bank.organisations.map((o) => {
		const props = pageModel(o, bank);
		return { params: { slug: o.key }, props, cacheKey: cacheKey(props) };
	});
}
