import { z } from 'astro/zod';
import { allCounties, allMunicipalities } from '../domain/registry.ts';
import { expected, formatIssues } from './errors.ts';

const text = (what: string) =>
	z
		.string({ error: expected(what) })
		.trim()
		.min(1, { error: expected(what) });

/**
 * An address the site links or publishes: `https:` only. Anything else (`http:`, `javascript:`, `data:`)
 * would land in every page's links and in the open data.
 */
const httpsUrl = (what: string, example: string) =>
	z.url({
		protocol: /^https$/,
		error: expected(`${what} som börjar med https://, t.ex. "${example}"`, 'Skriv hela adressen med https://.'),
	});

/** A priority area of a decider's strategy (a region's regional development strategy, RUS, or a programme's). */
const prioritySchema = z.object({
	/** Number as the strategy writes it, e.g. "1"; omitted where the strategy does not number its areas. */
	code: z.string().optional(),
	/** Name as the region writes it, e.g. "Västerbotten - en nytänkande och smart region". */
	name: text('det prioriterade områdets namn'),
	/** Sub-priorities, e.g. "1.2 Digitalisering och nya lösningar". */
	subs: z.array(text('ett delområdes namn')).default([]),
});

/** The kinds of body that decide on development money, with the words the pages use for each. */
export const deciderKinds = ['region', 'agency', 'managing-authority', 'interreg', 'municipality'] as const;
export type DeciderKind = (typeof deciderKinds)[number];
export const deciderKindLabels: Record<DeciderKind, string> = {
	region: 'region',
	agency: 'statlig myndighet',
	'managing-authority': 'förvaltande myndighet för ett EU-program',
	interreg: 'Interregprogram',
	municipality: 'kommun',
};

/**
 * A body whose decisions the bank publishes: a region deciding its own and national 1:1 money, a
 * national agency such as Tillväxtverket deciding EU money for a programme area, a managing
 * authority, an Interreg programme or a municipality.
 */
const deciderSchema = z
	.object({
		/** Name as used in entries' `decider` field, e.g. "Region Västerbotten". */
		name: text('beslutsorganets namn'),
		/** What kind of body it is: the pages' words follow it. */
		kind: z.enum(deciderKinds, { error: expected(`en av ${deciderKinds.join(', ')}`) }),
		/** Its remit: the counties it decides for, by official 2-digit code; omitted for a national remit. */
		counties: z.array(z.string().regex(/^\d{2}$/, { error: expected('en länskod med 2 siffror, t.ex. "24"') })).default([]),
		/** True when it decides for the whole country (Tillväxtverket's national programme, Svenska ESF-rådet). */
		national: z.boolean().default(false),
		/** Organisationsnummer, where known: it identifies the body in the open data. */
		orgNumber: z
			.string()
			.regex(/^\d{6}-\d{4}$/, { error: expected('ett organisationsnummer som "232100-0222"') })
			.optional(),
		/** Name of its regional development strategy, e.g. "Regional utvecklingsstrategi för Västerbottens län 2020–2030". */
		strategy: z.string().optional(),
		/** Priority areas of that strategy. */
		priorities: z.array(prioritySchema).default([]),
	})
	.superRefine((decider, ctx) => {
		for (const [i, code] of decider.counties.entries()) {
			if (/^\d{2}$/.test(code) && !allCounties.some((c) => c.code === code))
				ctx.addIssue({
					code: 'custom',
					path: ['counties', i],
					input: code,
					message: `"${code}" är ingen av Sveriges 21 länskoder (01–25). Skriv länets kod, t.ex. "24" för Västerbottens län.`,
				});
		}
		if (decider.national && decider.counties.length > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['counties'],
				input: decider.counties,
				message: 'ett organ med hela landet som område (national: true) har inga län. Ta bort counties eller national.',
			});
		if (!decider.national && decider.counties.length === 0 && decider.kind !== 'interreg')
			ctx.addIssue({
				code: 'custom',
				path: ['counties'],
				input: undefined,
				message: 'väntade länen organet beslutar för (t.ex. ["24"]), eller national: true för hela landet.',
			});
	});

/**
 * Whose money a fund is: an EU fund (ERUF, ESF+, Interreg), a national appropriation (1:1-anslaget),
 * the region's own money, or other. Pages split granted money by fund and name the kind beside it,
 * so EU money never reads as the region's own.
 */
export const fundKinds = ['eu', 'national', 'regional', 'other'] as const;
export type FundKind = (typeof fundKinds)[number];
export const fundKindLabels: Record<FundKind, string> = {
	eu: 'EU-medel',
	national: 'statliga medel',
	regional: 'regionala medel',
	other: 'övriga medel',
};

/** A fund or appropriation money can come from. */
const fundSchema = z.object({
	/** Name as used in entries' `fund` field, e.g. "ERUF". */
	name: text('fondens namn'),
	/** One sentence saying what it is, shown on the fund page. */
	description: text('en mening som beskriver fonden'),
	/** Whose money it is: eu (EU-medel), national (statliga medel), regional (regionala medel) or other (övriga medel). */
	kind: z.enum(fundKinds, { error: expected(`vems pengar fonden är: ${fundKinds.map((k) => `${k} (${fundKindLabels[k]})`).join(', ')}`) }),
});

/**
 * The git host the editing app at /admin/ reads entries from and commits to (see
 * docs/redaktorshandbok.md). Without it the app still opens, to work on a local copy of the repository.
 */
const editingSchema = z
	.object({
		/** github, gitlab or gitea (also Forgejo and Codeberg). */
		backend: z.enum(['github', 'gitlab', 'gitea'], { error: expected('github, gitlab eller gitea') }),
		/** The repository, e.g. "region-vasterbotten/projektbanken". */
		repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: expected('ett repository som "organisation/namn"') }),
		/** The branch editors commit to. */
		branch: text('grenens namn, t.ex. "main"').default('main'),
		/** The address of a self-hosted GitLab or Gitea, e.g. "https://git.example.se"; gitlab.com or gitea.com otherwise. */
		baseUrl: httpsUrl('en fullständig adress', 'https://gitlab.example.se').optional(),
		/** The OAuth application id, for signing in with PKCE on GitLab and Gitea (no server needed). */
		appId: z.string().optional(),
	})
	.refine((editing) => editing.backend !== 'github' || editing.baseUrl === undefined, {
		path: ['baseUrl'],
		error: 'baseUrl gäller bara en GitLab eller Gitea som ni driver själva. Ta bort den för GitHub.',
	});

/** The site's identity: everything that differs between two banks run from this repository. */
export const siteConfigSchema = z.object({
	/** Site name shown in the header and page titles. */
	name: text('webbplatsens namn'),
	/** Short description for the home page and metadata. */
	tagline: text('en kort beskrivning'),
	/** The organisation responsible for the site. */
	publisher: text('utgivaren'),
	/** Public base URL, used for absolute links in open data, feeds, the sitemap and citations. */
	baseUrl: httpsUrl('en fullständig adress', 'https://projektbank.example.se'),
	/** Where readers report errors. */
	contact: z.object({ name: text('ett kontaktnamn'), email: z.email({ error: expected('en e-postadress') }) }),
	/** Licence of the published data. */
	dataLicence: z.object({
		name: text('licensens namn'),
		url: httpsUrl('licensens adress', 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv'),
	}),
	/** The bodies whose decisions the bank publishes, with their remit and priority areas. */
	deciders: z.array(deciderSchema).min(1, { error: expected('minst ett beslutande organ') }),
	/** Funds and appropriations. */
	funds: z.array(fundSchema).min(1, { error: expected('minst en fond') }),
	/**
	 * Owner or financier names as printed → the organisation they mean, where sources print one
	 * organisation several ways ("ERUF, Tillväxtverket" → "Tillväxtverket"). Entries keep the printed
	 * name; organisation pages list every spelling.
	 */
	organisationAliases: z.record(z.string(), text('en organisations namn')).default({}),
	/**
	 * Financier names that are categories, not organisations ("Deltagande företag", "Kommuner i
	 * Västerbotten och Norrbotten"): they stay in the project's financing table and get no
	 * organisation page.
	 */
	financierCategories: z.array(text('ett finansiärsnamn som i källan')).default([]),
	/**
	 * Place names a known export spells otherwise than the registry ("ÖstraGöinge" → "Östra Göinge"),
	 * applied by npm run import: the entry gets the official name and keeps the published one under
	 * `spellings`, and /data/ lists the table. Only spellings listed here are changed; any other
	 * unknown name still stops the import.
	 */
	importSpellings: z
		.object({
			/** Municipality names as exported → official names. */
			municipalities: z.record(z.string(), text('en kommuns officiella namn')).default({}),
			/** County names as exported → official or short names ("Västerbotten"). */
			counties: z.record(z.string(), text('ett läns namn')).default({}),
		})
		.superRefine((spellings, ctx) => {
			for (const [published, name] of Object.entries(spellings.municipalities)) {
				if (!allMunicipalities.some((m) => m.name === name))
					ctx.addIssue({
						code: 'custom',
						path: ['municipalities', published],
						input: name,
						message: `"${name}" är ingen av Sveriges 290 kommuner. Skriv kommunens officiella namn, t.ex. "Östra Göinge".`,
					});
			}
			for (const [published, name] of Object.entries(spellings.counties)) {
				if (!allCounties.some((c) => c.name === name || c.shortName === name))
					ctx.addIssue({
						code: 'custom',
						path: ['counties', published],
						input: name,
						message: `"${name}" är inget av Sveriges 21 län. Skriv länets namn, t.ex. "Västerbottens län".`,
					});
			}
		})
		.default({ municipalities: {}, counties: {} }),
	/**
	 * The publisher's 360Giving prefix ("360G-…", given by 360Giving when a publisher registers): it
	 * makes the identifiers of /data/360giving.json. Without it that file is not published.
	 */
	threeSixtyGivingPrefix: z
		.string()
		.regex(/^360G-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, {
			error: expected(
				'ett 360Giving-prefix som "360G-projektbanken"',
				'Prefixet får man när man registrerar sig som utgivare hos 360Giving.',
			),
		})
		.optional(),
	/** Editing in the browser at /admin/: the git host the app commits to. */
	editing: editingSchema.optional(),
	/**
	 * Write a gzip and a Brotli copy beside each text file (`index.html.gz`, `index.html.br`) for
	 * hosts that serve them as they are (nginx gzip_static/brotli_static, Caddy `precompressed`).
	 * Off by default: GitHub Pages, Netlify and Cloudflare Pages compress themselves, and the copies
	 * triple the number of files.
	 */
	precompressed: z.boolean({ error: expected('true eller false') }).default(false),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type DeciderConfig = SiteConfig['deciders'][number];
export type FundConfig = SiteConfig['funds'][number];
export type EditingConfig = NonNullable<SiteConfig['editing']>;

/** Validates the site settings; throws one readable error listing every problem. */
export function parseSiteConfig(input: unknown, file: string): SiteConfig {
	const result = siteConfigSchema.safeParse(input);
	if (!result.success) throw new Error(`Inställningarna är felaktiga:\n${formatIssues(file, result.error.issues).join('\n')}`);
	return result.data;
}
