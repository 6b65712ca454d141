/**
 * <project-search>: enhances the server-rendered search form with Pagefind. The query, filters and
 * sort live in the URL (/sok/?q=solel&kommun=Piteå&sortera=belopp-storst), so a search can be
 * shared and bookmarked. Loaded only on /sok/; `data-pagefind` says where Pagefind's script is,
 * `data-municipalities` the official names for "Menade du …?" when a word is close to one.
 */
import { editDistance, fold } from '../domain/text.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	search: (term: string | null, o: { filters?: Record<string, string>; sort?: Record<string, string> }) => Promise<PagefindSearch | null>;
}

// Ten at a time: each result's card is one small request, and browsers fetch six at once over HTTP/1.1.
const PAGE = 10;

class ProjectSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#form!: HTMLFormElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#results: PagefindSearch['results'] = [];
	#shown = 0;
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
		this.#suggestion = this.querySelector('[data-suggestion]')!;
		this.#municipalities = JSON.parse(this.dataset.municipalities ?? '[]');
		// Filters take a phone's whole screen: there they start folded, with a count of those in use.
		this.#filters = this.querySelector<HTMLDetailsElement>('[data-filters]')!;
		this.#filters.open = matchMedia('(min-width: 40rem)').matches;
		this.querySelector('[data-no-js]')?.remove();

		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#typing); // the typed query is searched now, not again in 300 ms
			this.#update('push');
		});
		this.#form.addEventListener('change', (event) => {
			if ((event.target as HTMLElement).tagName === 'SELECT') this.#update('push');
		});
		this.#form.querySelector('input[name="q"]')!.addEventListener('input', () => {
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => this.#update('replace'), 300);
		});
		this.#form.querySelector('[data-clear]')?.addEventListener('click', () => {
			this.#form.reset();
			for (const select of this.#form.querySelectorAll('select')) select.value = '';
			this.#update('push');
		});
		this.#more.addEventListener('click', () => this.#showMore(true));
		window.addEventListener('popstate', () => this.#fromUrl());
		this.#fromUrl();
	}

	/** Fills the form from the URL and searches. */
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
		for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string' && value.trim()) url.searchParams.set(name, value.trim());
		if (url.href !== location.href) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		void this.#search();
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= import(/* @vite-ignore */ this.dataset.pagefind!).then(async (pagefind: Pagefind) => {
			await pagefind.options({ excerptLength: 24 });
			return pagefind;
		});
		return this.#pagefind;
	}

	async #search() {
		const run = ++this.#run;
		const data = new FormData(this.#form);
		const query = String(data.get('q') ?? '').trim();
		const filters: Record<string, string> = {};
		for (const select of this.#form.querySelectorAll('select[data-filter]')) {
			const value = (select as HTMLSelectElement).value;
			if (value) filters[(select as HTMLSelectElement).name] = value;
		}
		const sortOption = this.#form.querySelector<HTMLSelectElement>('select[name="sortera"]')?.selectedOptions[0];
		const active = Object.keys(filters).length + (sortOption?.value ? 1 : 0);
		this.querySelector('[data-active-filters]')!.textContent = active ? `(${active} ${active === 1 ? 'vald' : 'valda'})` : '';
		const sort = sortOption?.dataset.key ? { [sortOption.dataset.key]: sortOption.dataset.direction! } : undefined;

		const what = [query && `”${query}”`, ...Object.values(filters)].filter(Boolean).join(', ');
		// The page's title follows the search, so history and tabs say what each search was.
		document.title = what ? `${what.replaceAll('”', '')} – ${this.#title}` : this.#title;
		this.#suggest(query, filters);
		if (!query && Object.keys(filters).length === 0) {
			this.#results = [];
			this.#list.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = 'Skriv ett sökord eller välj ett filter.';
			return;
		}
		this.#status.textContent = 'Söker …';
		this.setAttribute('aria-busy', 'true');
		try {
			const pagefind = await this.#load();
			const search = await pagefind.search(query || null, { filters, ...(sort ? { sort } : {}) });
			if (run !== this.#run || !search) return;
			performance.mark('project-search:searched');
			this.#results = search.results;
			this.#shown = 0;
			this.#list.replaceChildren();
			// The count is known as soon as the ranking is: say it now; the cards follow as they arrive.
			this.#status.textContent =
				this.#results.length === 0
					? `Inga projekt hittades för ${what}. Prova ett annat ord, ta bort ett filter eller bläddra bland kommuner och alla projekt.`
					: `${this.#results.length} projekt hittades för ${what}.`;
			await this.#showMore(false);
			if (run !== this.#run) return;
			performance.mark('project-search:results');
		} catch (error) {
			this.#status.textContent = 'Sökningen kunde inte laddas. Försök igen, eller bläddra bland kommuner och alla projekt.';
			console.error(error);
		} finally {
			this.removeAttribute('aria-busy');
		}
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
		const rest = query.split(/\s+/).filter((w) => w !== match.word).join(' ');
		if (rest) url.searchParams.set('q', rest);
		else url.searchParams.delete('q');
		url.searchParams.set('kommun', match.name);
		const link = document.createElement('a');
		link.href = url.pathname + url.search;
		link.textContent = match.name;
		this.#suggestion.append(match.exact ? 'Visa alla projekt som verkar i ' : 'Menade du ', link, match.exact ? '.' : '? Visa projekten som verkar där.');
	}

	/** Fetches the next cards together and shows each as soon as it and those before it are in. */
	async #showMore(focusFirstNew: boolean) {
		const run = this.#run;
		const batch = this.#results.slice(this.#shown, this.#shown + PAGE).map((r) => r.data());
		const nodes: HTMLLIElement[] = [];
		for (const pending of batch) {
			const item = await pending;
			if (run !== this.#run) return;
			const node = this.#card(item);
			this.#list.append(node);
			nodes.push(node);
			if (nodes.length === 1) performance.mark('project-search:first-result');
		}
		this.#shown += batch.length;
		this.#more.hidden = this.#shown >= this.#results.length;
		this.#more.textContent = `Visa fler (${this.#results.length - this.#shown} till)`;
		if (focusFirstNew) nodes[0]?.querySelector('a')?.focus();
	}

	#card(item: PagefindResultData): HTMLLIElement {
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
		places.className = 'muted';
		places.textContent = item.meta.places ?? '';
		li.append(heading, facts, places);
		if (item.excerpt) li.append(excerpt(item.excerpt));
		return li;
	}
}

/** The municipality a word names or nearly names: the same letters (case and accents aside), or one or two typos. */
export function closestMunicipality(words: readonly string[], names: readonly string[]): { name: string; word: string; exact: boolean } | undefined {
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
