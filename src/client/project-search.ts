/**
 * <project-search>: enhances the server-rendered search form with Pagefind. The query, filters and
 * sort live in the URL (/sok/?q=solel&lan=Norrbottens+län&sortera=belopp-storst), so a search can
 * be shared and bookmarked. Loaded only on /sok/. Attributes: `data-pagefind` (Pagefind's script),
 * `data-manifest` (the index's shards, searched newest first: client/shard-search.ts),
 * `data-municipalities` and `data-counties` (official names: a query naming one is searched as that
 * place), `data-rows` (where each shard's CSV lines lie, `{del}` for the shard: the download of every hit).
 *
 * A query is searched as what it names (client/query-names.ts): a case number by its lookup file and
 * the `nummer` filter, a place, an organisation, a fund or a decider by the filters that select its
 * projects (exact sets, true counts), a typo of such a name as that name, saying so; anything else
 * as words, each matching whole words only (Pagefind also matches words the query word is a prefix
 * of, or that are a prefix of it: "ske" for "Skellefteå").
 */
import { editDistance, fold } from '../domain/text.ts';
import { counted } from '../format.ts';
import { matchName, placeEntities, suggestedNames, whatNameSelects, wholeWords } from './query-names.ts';
import { downloadName, hitsCsv, type ShardRows } from './search-download.ts';
import { SortedListResults, type SortedListsInfo } from './sorted-lists.ts';
import {
	ALL_SHARDS,
	allShards,
	caseNumberFile,
	caseNumberKey,
	isCaseNumber,
	nameBucket,
	ranksAcrossShards,
	searchSortKey,
	ShardedResults,
	type Card,
	type CaseNumberFiles,
	type Hit,
	type NamedEntity,
	type NameFiles,
	type ShardInfo,
	type ShardQuery,
} from './shard-search.ts';

interface PagefindHit extends Hit {
	id: string;
	score: number;
}

interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
	search: (
		term: string | null,
		o: { filters?: Record<string, unknown>; sort?: Record<string, string> },
	) => Promise<{ results: PagefindHit[] } | null>;
}

// Ten at a time: each result's card is one small request, and browsers fetch six at once over HTTP/1.1.
const PAGE = 10;
/** The shard filter (views/search-index.ts SHARD_FILTER) and how much a match in a case number or a name counts. */
const SHARD_FILTER = 'del';
const CASE_NUMBER_FILTER = 'nummer';
const OPTIONS = { excerptLength: 24, ranking: { metaWeights: { title: 5, arende: 10, dnr: 10, namn: 3 } } };
/** The URL parameter that searches the query as words even when it is (near) a name: "Sök i stället på …". */
const LITERAL = 'exakt';

/** How a query is searched, and what the page says about it. */
interface Resolved {
	query: Pick<ShardQuery, 'term' | 'any' | 'only'>;
	/** What was searched, for the status line and the title. */
	what: string;
	/** What the count counts, when a name was searched. */
	counts?: string;
	/** The name searched in place of a typo. */
	corrected?: NamedEntity;
}

class ProjectSearch extends HTMLElement {
	#engine: Promise<{ pagefind: Pagefind; shards: ShardInfo[]; caseNumbers: CaseNumberFiles; names: NameFiles }> | undefined;
	#places = new Map<string, NamedEntity>();
	#nameFiles = new Map<string, Promise<Map<string, NamedEntity>>>();
	#counts: string | undefined;
	/** Whether the current history entry is a search being typed, which its next pause or Enter updates. */
	#typed = false;
	#form!: HTMLFormElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#download!: HTMLButtonElement;
	#query: ShardQuery | undefined;
	#results: ShardedResults | SortedListResults | undefined;
	/** The lists a search with no words is answered from (client/sorted-lists.ts). */
	#sorted: SortedListsInfo | undefined;
	#what = '';
	/** What the hits were found for, or the whole bank when only a sort is chosen. */
	get #scope() {
		return this.#what ? `för ${this.#what}` : 'i hela banken';
	}
	#run = 0;
	#typing: ReturnType<typeof setTimeout> | undefined;
	#filters!: HTMLDetailsElement;
	#suggestion!: HTMLElement;
	#municipalities: string[] = [];
	#title = document.title;

	connectedCallback() {
		this.#form = this.querySelector('form')!;
		this.#status = this.querySelector('[data-status]')!;
		this.#list = this.querySelector('[data-results]')!;
		this.#more = this.querySelector('[data-more]')!;
		this.#download = this.querySelector('[data-download]')!;
		this.#suggestion = this.querySelector('[data-suggestion]')!;
		this.#municipalities = JSON.parse(this.dataset.municipalities ?? '[]');
		this.#sorted = this.dataset.sorted ? (JSON.parse(this.dataset.sorted) as SortedListsInfo) : undefined;
		this.#places = placeEntities(this.#municipalities, JSON.parse(this.dataset.counties ?? '[]'));
		// Filters take a phone's whole screen: there they start folded, with a count of those in use.
		this.#filters = this.querySelector<HTMLDetailsElement>('[data-filters]')!;
		this.#filters.open = matchMedia('(min-width: 40rem)').matches;
		this.querySelector('[data-no-js]')?.remove();

		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#typing); // the typed query is searched now, not again in 300 ms
			this.#update(this.#typed ? 'replace' : 'push');
			this.#typed = false;
		});
		// A filter or an order applies when the form is sent (its button, or Enter), never as a select
		// changes: arrow keys in a list would otherwise search and add history at every step (WCAG 3.2.2).
		this.#form.querySelector('input[name="q"]')!.addEventListener('input', () => {
			// New words are searched as what they name again, not literally.
			const literal = this.#form.querySelector<HTMLInputElement>(`input[name="${LITERAL}"]`);
			if (literal) literal.value = '';
			clearTimeout(this.#typing);
			// Typing is one search in history: its first pause adds an entry, the next ones update it.
			this.#typing = setTimeout(() => {
				this.#update(this.#typed ? 'replace' : 'push');
				this.#typed = true;
			}, 300);
		});
		this.#form.querySelector('[data-clear]')?.addEventListener('click', () => {
			this.#form.reset();
			for (const select of this.#form.querySelectorAll('select')) select.value = '';
			this.#typed = false;
			this.#update('push');
		});
		// Owner and financier are typed: the names beginning as typed are offered from their lookup file.
		for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[data-typed]'))
			input.addEventListener('input', () => void this.#offerNames(input));
		this.#more.addEventListener('click', () => this.#showMore(true));
		this.#download.addEventListener('click', () => void this.#downloadHits());
		window.addEventListener('popstate', () => {
			this.#typed = false;
			this.#fromUrl();
		});
		this.#fromUrl();
	}

	#fromUrl() {
		const params = new URL(location.href).searchParams;
		for (const field of this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
			field.value = params.get(field.name) ?? '';
		}
		void this.#search();
	}

	/** Puts the form into the URL and searches. */
	#update(mode: 'push' | 'replace') {
		const url = new URL(location.pathname, location.origin);
		for (const [name, value] of new FormData(this.#form))
			if (typeof value === 'string' && value.trim()) url.searchParams.set(name, value.trim());
		if (url.href !== location.href) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		void this.#search();
	}

	/** The shards and the lookup files, without Pagefind: what the owner and financier suggestions need. */
	#manifestFile: Promise<{ shards: ShardInfo[]; caseNumbers: CaseNumberFiles; names: NameFiles }> | undefined;
	#manifest() {
		this.#manifestFile ??= fetch(this.dataset.manifest!).then(
			(r) => r.json() as Promise<{ shards: ShardInfo[]; caseNumbers: CaseNumberFiles; names: NameFiles }>,
		);
		return this.#manifestFile;
	}

	/** Pagefind and the shards, loaded on the first search; a shard other than the first is merged in when a search reaches it. */
	#load() {
		this.#engine ??= (async () => {
			const [pagefind, shards] = await Promise.all([
				import(/* @vite-ignore */ this.dataset.pagefind!) as Promise<Pagefind>,
				this.#manifest(),
			]);
			await pagefind.options(OPTIONS);
			return { pagefind, shards: shards.shards, caseNumbers: shards.caseNumbers, names: shards.names };
		})();
		return this.#engine;
	}

	/** The shards holding a case number, from its lookup file; none when the term is not one the bank knows. */
	async #caseNumberShards(term: string): Promise<string[]> {
		if (!isCaseNumber(term)) return [];
		const { caseNumbers } = await this.#load();
		const key = caseNumberKey(term);
		const file = await fetch(caseNumbers.path.replace('{n}', String(caseNumberFile(key, caseNumbers.files))));
		return file.ok ? (((await file.json()) as Record<string, string[]>)[key] ?? []) : [];
	}

	/** Merges a shard's index into Pagefind's, once. */
	#merging = new Map<string, Promise<void>>();
	async #merge(shard: ShardInfo): Promise<void> {
		const { pagefind, shards } = await this.#load();
		if (shard.id === shards[0]!.id) return;
		let merged = this.#merging.get(shard.id);
		if (!merged) this.#merging.set(shard.id, (merged = pagefind.mergeIndex(shard.path, OPTIONS)));
		await merged;
	}

	async #searchShard(shard: ShardInfo, query: ShardQuery): Promise<Hit[]> {
		const { pagefind, shards } = await this.#load();
		// Every shard as one index: Pagefind searches each and orders all hits by one score.
		const all = shard.id === ALL_SHARDS;
		await Promise.all(all ? shards.map((s) => this.#merge(s)) : [this.#merge(shard)]);
		const sort = query.sort ? { [searchSortKey(query.sort.key, query.sort.direction)]: query.sort.direction } : undefined;
		const filters = {
			...query.filters,
			...(all ? {} : { [SHARD_FILTER]: shard.id }),
			...(query.any ? { any: query.any.map(([name, value]) => ({ [name]: value })) } : {}),
		};
		const words = wholeWords(query.term);
		// Each word also searched alone as a whole word ("…" is Pagefind's exact search): a hit must hold every one.
		const [search, ...exact] = await Promise.all([
			pagefind.search(query.term, { filters, ...(sort ? { sort } : {}) }),
			...words.map((word) => pagefind.search(`"${word}"`, { filters })),
		]);
		const whole = exact.map((e) => new Set(e?.results.map((r) => r.id)));
		return (search?.results ?? []).filter((hit) => whole.every((ids) => ids.has(hit.id)));
	}

	/** The names of organisations, funds and deciders beginning as a folded query does, from their lookup file. */
	async #names(folded: string): Promise<Map<string, NamedEntity>> {
		const { names } = await this.#load();
		const bucket = nameBucket(folded, names.buckets);
		if (!names.buckets.includes(bucket)) return new Map();
		return this.#nameFile(bucket);
	}

	/** A name lookup file by its bucket, fetched once (views/search-index.ts namedEntityFiles); none where the bank has no such names. */
	#nameFile(bucket: string): Promise<Map<string, NamedEntity>> {
		let file = this.#nameFiles.get(bucket);
		if (!file) {
			file = fetch(this.dataset.names!.replace('{b}', bucket)).then(async (r) =>
				r.ok ? new Map(Object.entries((await r.json()) as Record<string, NamedEntity>)) : new Map(),
			);
			this.#nameFiles.set(bucket, file);
		}
		return file;
	}

	/** Fills a typed filter's suggestions with the names of its kind that begin as typed. */
	async #offerNames(input: HTMLInputElement) {
		const typed = input.value;
		const folded = fold(typed.trim());
		const { names: files } = await this.#manifest();
		const bucket = nameBucket(folded, files.buckets);
		const names = folded && files.buckets.includes(bucket) ? await this.#nameFile(bucket) : new Map<string, NamedEntity>();
		if (input.value !== typed) return;
		const list = document.getElementById(input.getAttribute('list')!)!;
		list.replaceChildren(
			...suggestedNames(names, input.name, typed).map((name) => {
				const option = document.createElement('option');
				option.value = name;
				return option;
			}),
		);
	}

	/** What a query names: a case number, a place, an organisation, a fund or a decider (or a typo of one), else words. */
	async #resolve(query: string, literal: boolean): Promise<Resolved> {
		const words: Resolved = { query: { term: query || null }, what: query && `”${query}”` };
		if (!query || literal) return words;
		if (isCaseNumber(query)) {
			const key = caseNumberKey(query);
			const shards = await this.#caseNumberShards(query);
			if (shards.length)
				return {
					query: { term: null, any: [[CASE_NUMBER_FILTER, key]], only: shards },
					what: query,
					counts: whatNameSelects({ name: query, filters: [[CASE_NUMBER_FILTER, key]] }),
				};
		}
		const folded = fold(query.trim());
		const names = new Map([...this.#places, ...(await this.#names(folded))]);
		const match = matchName(query, names);
		if (!match) return words;
		return {
			query: { term: null, any: match.entity.filters },
			what: match.entity.name,
			counts: whatNameSelects(match.entity),
			...(match.exact ? {} : { corrected: match.entity }),
		};
	}

	async #search() {
		const run = ++this.#run;
		const data = new FormData(this.#form);
		const query = String(data.get('q') ?? '').trim();
		const literal = Boolean(data.get(LITERAL));
		const filters: Record<string, string> = {};
		for (const field of this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')) {
			const value = field.value.trim();
			if (value) filters[field.name] = value;
		}
		const sortOption = this.#form.querySelector<HTMLSelectElement>('select[name="sortera"]')?.selectedOptions[0];
		const active = Object.keys(filters).length + (sortOption?.value ? 1 : 0);
		this.querySelector('[data-active-filters]')!.textContent = active ? `(${active} ${active === 1 ? 'vald' : 'valda'})` : '';
		const sort = sortOption?.dataset.key
			? { key: sortOption.dataset.key, direction: sortOption.dataset.direction as 'asc' | 'desc' }
			: undefined;

		this.#results = undefined;
		this.#list.replaceChildren();
		this.#more.hidden = true;
		this.#download.hidden = true;
		// A sort alone lists the whole bank in that order: the project list's column headers lead here.
		if (!query && Object.keys(filters).length === 0 && !sort) {
			this.#what = '';
			document.title = this.#title;
			this.#suggestion.hidden = true;
			this.#status.textContent = 'Skriv ett sökord eller välj ett filter.';
			return;
		}
		this.#status.textContent = 'Söker …';
		this.setAttribute('aria-busy', 'true');
		let resolved: Resolved;
		try {
			resolved = await this.#resolve(query, literal);
		} catch (error) {
			console.error(error);
			resolved = { query: { term: query || null }, what: query && `”${query}”` };
		}
		if (run !== this.#run) return;
		this.#what = [resolved.what, ...Object.values(filters)].filter(Boolean).join(', ');
		this.#counts = resolved.counts;
		// The page's title follows the search, so history and tabs say what each search was.
		document.title = this.#what ? `${this.#what.replaceAll('”', '')} – ${this.#title}` : this.#title;
		if (resolved.corrected) this.#corrected(resolved.corrected, query);
		else if (resolved.counts) this.#suggestion.hidden = true;
		else this.#suggest(query, filters);
		const shardQuery: ShardQuery = { ...resolved.query, filters, sort };
		this.#query = shardQuery;
		this.#status.textContent = 'Söker …';
		this.setAttribute('aria-busy', 'true');
		try {
			const results = await this.#resultsFor(shardQuery);
			if (run !== this.#run) return;
			await results.start();
			if (run !== this.#run) return;
			this.#results = results;
			performance.mark('project-search:searched');
			// The count is known as soon as the ranking is: say it now; the cards follow as they arrive.
			this.#announce();
			await this.#showMore(false);
			if (run !== this.#run) return;
			performance.mark('project-search:results');
			// The other shards are counted after the first results show; the cards they hold come with "Visa fler".
			this.#announce();
			while (!results.complete && run === this.#run) {
				await results.searchNext();
				if (run === this.#run) this.#announce();
			}
			if (run === this.#run) {
				this.#updateMore();
				this.#download.hidden = results.total === 0;
			}
		} catch (error) {
			this.#status.textContent = 'Sökningen kunde inte laddas. Försök igen, eller bläddra bland kommuner och alla projekt.';
			console.error(error);
		} finally {
			if (run === this.#run) this.removeAttribute('aria-busy');
		}
	}

	/**
	 * A search with no words in an order is read from the sorted lists, fetching only what its first
	 * cards need; any other search goes to the index, shard by shard.
	 */
	async #resultsFor(query: ShardQuery): Promise<ShardedResults | SortedListResults> {
		if (!query.any && !query.only && SortedListResults.answers(this.#sorted, query.term, query.sort))
			return new SortedListResults(this.#sorted!, query.sort!, query.filters, (path) =>
				fetch(path).then((r) => (r.ok ? r.json() : undefined)),
			);
		const { shards } = await this.#load();
		return new ShardedResults(ranksAcrossShards(query, shards) ? [allShards(shards)] : shards, query, (shard, q) =>
			this.#searchShard(shard, q),
		);
	}

	/** Says how many projects were found, and while shards remain, that more may come. */
	#announce() {
		const results = this.#results!;
		if (results.complete && results.total === 0) {
			this.#status.textContent = `Inga projekt hittades ${this.#scope}. Prova ett annat ord, ta bort ett filter eller bläddra bland kommuner och alla projekt.`;
		} else if (results.complete) {
			this.#status.textContent = `${count(results.total)} projekt hittades ${this.#scope}${this.#counts ? `: ${this.#counts}` : ''}.`;
		} else {
			const searched = results.shards
				.slice(0, results.searchedShards)
				.map((s) => s.label)
				.join(', ');
			this.#status.textContent = `${count(results.total)} projekt hittades hittills ${this.#scope} (${searched}). Söker vidare i äldre beslut …`;
		}
	}

	#updateMore() {
		const results = this.#results;
		this.#more.hidden = !results || results.remaining <= 0;
		// The button says what it will show: ten more at most, and how many remain.
		const next = results ? Math.min(PAGE, results.remaining) : 0;
		if (results)
			this.#more.textContent =
				results.remaining > next ? `Visa ${next} till (${count(results.remaining)} återstår)` : `Visa de ${next} sista`;
	}

	/**
	 * Every hit of the search as a CSV: a search of its own, so that the list on the page stays where
	 * it is, in the order the list shows; each hit's line comes from its shard's rows.
	 */
	async #downloadHits() {
		const run = this.#run;
		const query = this.#query!;
		const status = this.querySelector('[data-download-status]')!;
		this.#download.disabled = true;
		try {
			const { shards } = await this.#load();
			const listed = this.#results instanceof SortedListResults ? this.#results : undefined;
			const all = listed
				? undefined
				: new ShardedResults(ranksAcrossShards(query, shards) ? [allShards(shards)] : shards, query, (shard, q) =>
						this.#searchShard(shard, q),
					);
			if (all) while (await all.searchNext());
			status.textContent = `Hämtar ${counted((listed ?? all)!.total, 'träff', 'träffar')} …`;
			// The sorted lists do not say which shard holds a hit: every shard's rows are read then.
			const [cards, rows] = await Promise.all([
				listed ? listed.all() : all!.next(all!.total),
				Promise.all(
					(listed ? shards : all!.shards.flatMap((s) => (s.id === ALL_SHARDS ? shards : [s]))).map((s) =>
						fetch(this.dataset.rows!.replace('{del}', s.id)).then((r) => r.json() as Promise<ShardRows>),
					),
				),
			]);
			if (run !== this.#run) return;
			const link = document.createElement('a');
			link.href = URL.createObjectURL(
				new Blob(
					[
						hitsCsv(
							rows,
							cards.map((c) => c.url),
						),
					],
					{ type: 'text/csv;charset=utf-8' },
				),
			);
			link.download = downloadName([query.term ?? '', ...Object.values(query.filters)]);
			link.click();
			setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
			status.textContent = `${counted(cards.length, 'träff', 'träffar')} hämtade som CSV.`;
		} catch (error) {
			status.textContent = 'Träffarna kunde inte hämtas. Försök igen.';
			console.error(error);
		} finally {
			this.#download.disabled = false;
		}
	}

	/** "Visar resultat för Skellefteå. Sök i stället på ”Skeleftea”": the typo was searched as the name it is near, and the words as typed are one click away. */
	#corrected(entity: NamedEntity, typed: string) {
		const url = new URL(location.href);
		url.searchParams.set('q', typed);
		url.searchParams.set(LITERAL, '1');
		const link = document.createElement('a');
		link.href = url.pathname + url.search;
		link.textContent = `”${typed}”`;
		this.#suggestion.replaceChildren(`Visar resultat för ${entity.name}. Sök i stället på `, link, '.');
		this.#suggestion.hidden = false;
	}

	/**
	 * "Menade du Skellefteå?": a word of the query that is, or is close to, a municipality's name
	 * leads to that municipality's filter (the word alone finds only texts that mention it).
	 */
	#suggest(query: string, filters: Record<string, string>) {
		const words = query.split(/\s+/).filter((w) => w.length >= 4);
		const match = filters.kommun ? undefined : closestMunicipality(words, this.#municipalities);
		this.#suggestion.replaceChildren();
		this.#suggestion.hidden = !match;
		if (!match) return;
		// The filter takes the place of the word: the rest of the search stays.
		const url = new URL(location.href);
		const rest = query
			.split(/\s+/)
			.filter((w) => w !== match.word)
			.join(' ');
		if (rest) url.searchParams.set('q', rest);
		else url.searchParams.delete('q');
		url.searchParams.set('kommun', match.name);
		const link = document.createElement('a');
		link.href = url.pathname + url.search;
		link.textContent = match.name;
		this.#suggestion.append(
			match.exact ? 'Visa alla projekt som verkar i ' : 'Menade du ',
			link,
			match.exact ? '.' : '? Visa projekten som verkar där.',
		);
	}

	/** Shows the next cards, each as soon as it and those before it are in. */
	async #showMore(focusFirstNew: boolean) {
		const run = this.#run;
		const results = this.#results;
		if (!results) return;
		const cards = await results.next(PAGE);
		if (run !== this.#run) return;
		const nodes = cards.map((card) => this.#card(card));
		this.#list.append(...nodes);
		if (nodes.length) performance.mark('project-search:first-result');
		this.#updateMore();
		if (focusFirstNew) nodes[0]?.querySelector('a')?.focus();
	}

	#card(item: Card): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'result';
		const heading = document.createElement('h3');
		const link = document.createElement('a');
		link.href = item.url;
		link.textContent = item.meta.title ?? item.url;
		heading.append(link);
		const facts = document.createElement('p');
		facts.className = 'result-facts';
		const status = document.createElement('span');
		status.className = `tag status-${item.meta.tone ?? 'applied'}`;
		status.textContent = item.meta.status ?? '';
		facts.append(status, ` ${item.meta.amount ?? ''} · ${item.meta.owner ?? ''}`);
		const places = document.createElement('p');
		places.className = 'muted result-places';
		places.textContent = item.meta.places ?? '';
		const decision = document.createElement('p');
		decision.className = 'muted result-decision';
		decision.textContent = item.meta.decision ?? '';
		li.append(heading, facts, decision, places);
		if (item.excerpt) li.append(excerpt(item.excerpt));
		return li;
	}
}

/** A count as Swedish writes it: "8 277". */
const count = (n: number) => n.toLocaleString('sv-SE');

/** The municipality a word names or nearly names: the same letters (case and accents aside), or one or two typos. */
export function closestMunicipality(
	words: readonly string[],
	names: readonly string[],
): { name: string; word: string; exact: boolean } | undefined {
	for (const word of words) {
		const folded = fold(word);
		const exact = names.find((n) => fold(n) === folded);
		if (exact) return { name: exact, word, exact: true };
		const near = names.find((n) => Math.abs(n.length - word.length) <= 2 && editDistance(fold(n), folded) <= (folded.length >= 8 ? 2 : 1));
		if (near) return { name: near, word, exact: false };
	}
	return undefined;
}

/** Pagefind's excerpt is escaped text with <mark> around hits: keep only text and marks. */
function excerpt(html: string): HTMLParagraphElement {
	const p = document.createElement('p');
	const template = document.createElement('template');
	template.innerHTML = html;
	for (const node of template.content.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			p.append(mark);
		} else {
			p.append(node.textContent ?? '');
		}
	}
	return p;
}

customElements.define('project-search', ProjectSearch);
