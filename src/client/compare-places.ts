/**
 * <compare-places>: the compare page's forms are plain GET forms (?kommun=Umeå&kommun=Skellefteå, or
 * ?lan=…); the page as built shows the default pair. With JavaScript this element reads the choice
 * from the address, fetches each chosen place's file (/jamfor/<kind>/<slug>.json) and writes the
 * comparison with the same code the build used (./comparison.ts).
 */
import { listAnd } from '../format.ts';
import { chosenPlaces, comparisonHtml, comparisonModel, kindNouns, MIN_COMPARED, type ComparedPlace } from './comparison.ts';

class ComparePlaces extends HTMLElement {
	async connectedCallback() {
		const chosen = chosenPlaces(location.search);
		if (!chosen) return;
		const status = this.querySelector<HTMLElement>('[data-compare-status]')!;
		const result = this.querySelector<HTMLElement>('[data-compare-result]')!;
		const form = this.querySelector<HTMLFormElement>(`form[data-kind="${chosen.kind}"]`)!;
		const selects = [...form.querySelectorAll('select')];
		const sources = new Map([...selects[0]!.options].filter((o) => o.value).map((o) => [o.value, o.dataset.src!]));
		const noun = kindNouns[chosen.kind];
		const say = (text: string) => {
			status.textContent = text;
			status.hidden = false;
		};

		const unknown = chosen.names.filter((n) => !sources.has(n));
		const known = chosen.names.filter((n) => sources.has(n)).slice(0, selects.length);
		for (const form of this.querySelectorAll('form')) for (const select of form.querySelectorAll('select')) select.value = '';
		selects.forEach((select, i) => (select.value = known[i] ?? ''));
		const problems = [
			unknown.length ? `${listAnd(unknown.map((n) => `”${n}”`))} finns inte bland ${noun.definite} i listan.` : '',
			chosen.names.length - unknown.length > selects.length
				? `Högst ${selects.length} ${noun.many} går att jämföra; de första ${selects.length} visas.`
				: '',
		].filter(Boolean);
		if (known.length < MIN_COMPARED) {
			say(
				[...problems, `Välj minst ${MIN_COMPARED} ${noun.many} att jämföra. Jämförelsen nedan är fortfarande den som visas utan val.`].join(
					' ',
				),
			);
			selects[known.length]?.focus();
			return;
		}
		try {
			const places = await Promise.all(
				known.map(async (name) => {
					const response = await fetch(sources.get(name)!);
					if (!response.ok) throw new Error(`${response.status} ${sources.get(name)}`);
					return (await response.json()) as ComparedPlace;
				}),
			);
			const model = comparisonModel(places);
			result.innerHTML = comparisonHtml(model);
			document.title = document.title.replace(/^[^–]+/, `Jämför ${model.heading} `);
			say([...problems, `Visar jämförelsen av ${model.heading}.`].join(' '));
		} catch {
			say(
				'Kunde inte hämta siffrorna för ditt val. Jämförelsen nedan är den som visas utan val; försök igen eller öppna platsernas egna sidor.',
			);
		}
	}
}

customElements.define('compare-places', ComparePlaces);
