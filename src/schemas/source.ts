/**
 * A source document the bank's figures come from: the decisions, minutes, PMs, applications and
 * lists that projects cite (source.document). Each has a page (/kalla/<slug>/) with its text, so a
 * reader can check a figure against the passage.
 */
import { z } from 'astro/zod';
import { expected } from './errors.ts';
import { partialDateSchema } from './date.ts';

export const sourceKinds = ['decision', 'minutes', 'pm', 'application', 'list'] as const;
export const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = {
	decision: 'Beslut',
	minutes: 'Protokoll',
	pm: 'PM (förslag till beslut)',
	application: 'Ansökan',
	list: 'Förteckning',
};

const text = (what: string) =>
	z
		.string({ error: expected(what) })
		.trim()
		.min(1, { error: expected(what) });

export const sourceSchema = z.strictObject(
	{
		/** The title exactly as projects cite it in source.document. */
		title: text('dokumentets titel, precis som posterna skriver den i source.document'),
		/** Who issued it, e.g. "Region Norrbotten, regionala utvecklingsnämnden". */
		issuer: text('vem som har gett ut dokumentet, t.ex. "Region Västerbotten"'),
		/** Its date as precise as the document gives it; omitted when it prints none. */
		date: partialDateSchema.optional(),
		/** decision | minutes | pm | application | list: a proposal or an application decides nothing. */
		kind: z.enum(sourceKinds, { error: expected(`en av ${sourceKinds.join(', ')}`) }),
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `okänt fält ${issue.keys.join(', ')}: dokumentet har bara title, issuer, date och kind`
				: expected('fälten title, issuer, kind och ev. date, ett per rad')(issue),
	},
);

export type SourceData = z.output<typeof sourceSchema>;
