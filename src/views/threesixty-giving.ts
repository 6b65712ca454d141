/**
 * The bank's grants in the 360Giving Data Standard (1.4), the format grant portals such as GrantNav
 * harvest: /data/360giving.json, a package of grants. The standard describes awarded grants, so only
 * what the sources show was awarded goes in: a granted project with its granted amount, its owner and
 * a decision dated to the day (the standard's award date is a day). Everything else stays out, and
 * the /data/ page says how many projects and why, rather than filling a required field with a guess.
 */
import { precisionOf } from '../domain/dates.ts';
import { decidedOn } from '../domain/decisions.ts';
import { correctedFigure } from '../domain/financing.ts';
import { grantedMoney } from '../domain/measures.ts';
import { orgId } from '../domain/org-id.ts';
import { countyLevelCounties, municipalitiesOf } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { slugify } from '../domain/text.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { sv } from '../i18n/sv.ts';

/** The version of the standard the file follows, as its package's `version` field writes it. */
export const THREESIXTY_GIVING_VERSION = '1.4';

/** Why a project is not in the file. */
export type LeftOutReason = 'not-granted' | 'no-amount' | 'no-owner' | 'no-award-date';

/** Why, in Swedish (the catalogue's words; the /data/ page takes them in its own language). */
export const leftOutReasons: Record<LeftOutReason, string> = sv.openData.files.leftOutReasons;

interface Organization {
	id: string;
	name: string;
}

export interface Grant {
	id: string;
	title: string;
	description: string;
	currency: 'SEK';
	amountAwarded: number;
	amountAppliedFor?: number;
	awardDate: string;
	url: string;
	recipientOrganization: Organization[];
	fundingOrganization: Organization[];
	plannedDates?: { startDate: string; endDate: string }[];
	beneficiaryLocation?: { name: string; countryCode: 'SE'; geoCode: string; description: string }[];
	grantProgramme?: { code: string; title: string }[];
	classifications?: { vocabulary: string; code: string; title: string }[];
	dataSource?: string;
}

/** Why a project cannot be a 360Giving grant; undefined when it can. */
export function leftOutReason(entry: ProjectEntry): LeftOutReason | undefined {
	const p = entry.data;
	if (p.status !== 'granted') return 'not-granted';
	if (p.grantedAmount === undefined) return 'no-amount';
	if (!p.owner) return 'no-owner';
	const date = decidedOn(p);
	if (!date || precisionOf(date) !== 'day') return 'no-award-date';
	return undefined;
}

/**
 * An organisation's identifier: org-id's SE-BLV form where the bank knows its organisationsnummer
 * (from any spelling of it), else one made from the publisher's 360Giving prefix and the
 * organisation's address on this site, which the standard allows for organisations without a register number.
 */
function organisationId(
	name: string,
	bank: Pick<Bank, 'organisations' | 'organisationKeyOf'>,
	prefix: string,
	printedNumber?: string,
): string {
	const key = bank.organisationKeyOf(name, printedNumber);
	const orgNumber = bank.organisations.find((o) => o.key === key)?.orgNumber;
	return orgNumber ? orgId(orgNumber) : `${prefix}-org-${key}`;
}

export function grantOf(
	entry: ProjectEntry,
	bank: Pick<Bank, 'organisations' | 'organisationKeyOf' | 'config' | 'displayNames' | 'sourceOf'>,
	prefix: string,
): Grant | undefined {
	if (leftOutReason(entry)) return undefined;
	const p = entry.data;
	const { baseUrl } = bank.config;
	const owner = p.owner!;
	const applied = correctedFigure(p, 'appliedAmount', p.appliedAmount);
	const places = [
		...municipalitiesOf(p).map((m) => ({ name: m.name, countryCode: 'SE' as const, geoCode: m.code, description: 'kommun (kommunkod)' })),
		...countyLevelCounties(p).map((c) => ({
			name: c.name,
			countryCode: 'SE' as const,
			geoCode: c.code,
			description: 'län (länskod), utan namngivna kommuner',
		})),
	];
	const decider = bank.config.deciders.find((r) => r.name === p.decider);
	const source = bank.sourceOf(entry);
	return {
		id: `${prefix}-${entry.key}`,
		title: p.title,
		description: entry.body,
		currency: 'SEK',
		amountAwarded: grantedMoney(p),
		...(applied !== undefined ? { amountAppliedFor: applied } : {}),
		awardDate: decidedOn(p)!,
		url: urls.absolute(urls.project(entry.key), baseUrl),
		recipientOrganization: [
			{ id: organisationId(owner.name, bank, prefix, owner.orgNumber), name: bank.displayNames.get(owner.name) ?? owner.name },
		],
		fundingOrganization: [{ id: organisationId(p.decider, bank, prefix), name: p.decider }],
		...(p.period ? { plannedDates: [{ startDate: p.period.start, endDate: p.period.end }] } : {}),
		...(places.length ? { beneficiaryLocation: places } : {}),
		...(p.fund ? { grantProgramme: [{ code: slugify(p.fund), title: p.fund }] } : {}),
		...(p.priority
			? {
					classifications: [
						{
							vocabulary: decider?.strategy ?? `${p.decider}: prioriterade områden`,
							code: p.priority.code ?? slugify(p.priority.name),
							title: p.priority.name,
						},
					],
				}
			: {}),
		...(source ? { dataSource: urls.absolute(urls.source(source.slug), baseUrl) } : {}),
	};
}

export interface ThreeSixtyGivingExport {
	/** The package, or undefined when the bank has no 360Giving prefix or no grant the standard can hold. */
	package: Record<string, unknown> | undefined;
	grants: number;
	/** Projects left out, by reason, in the order of `leftOutReasons`. */
	leftOut: { reason: LeftOutReason; text: string; projects: number }[];
}

export function threeSixtyGivingExport(
	bank: Pick<Bank, 'projects' | 'organisations' | 'organisationKeyOf' | 'config' | 'displayNames' | 'sourceOf'>,
	generated: Date,
): ThreeSixtyGivingExport {
	const prefix = bank.config.threeSixtyGivingPrefix;
	const counts = new Map<LeftOutReason, number>();
	for (const entry of bank.projects) {
		const reason = leftOutReason(entry);
		if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
	}
	const leftOut = (Object.keys(leftOutReasons) as LeftOutReason[])
		.filter((r) => counts.has(r))
		.map((reason) => ({ reason, text: leftOutReasons[reason], projects: counts.get(reason)! }));
	const grants = prefix ? bank.projects.flatMap((entry) => grantOf(entry, bank, prefix) ?? []) : [];
	const { name, publisher, baseUrl, dataLicence } = bank.config;
	return {
		grants: grants.length,
		leftOut,
		package:
			grants.length > 0
				? {
						version: THREESIXTY_GIVING_VERSION,
						title: `${name}: beviljade projekt`,
						description: `Beviljade projekt i ${name} med belopp, stödmottagare och beslutsdatum, i 360Giving Data Standard. Projekt utan de uppgifterna i källan finns bara i projekt.json.`,
						modified: generated.toISOString(),
						publisher: { name: publisher, website: baseUrl },
						license: dataLicence.url,
						grants,
					}
				: undefined,
	};
}
