/**
 * <find-place>: a field that goes straight to the page of the place typed (case and accents aside),
 * offered as the browser's own suggestions from a <datalist>. Without JavaScript the field stays
 * hidden and the letter index and the list of links do the same job.
 */
import { fold } from '../domain/text.ts';

class FindPlace extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const input = form.querySelector('input')!;
		const status = form.querySelector<HTMLElement>('[data-find-status]')!;
		const options = [...this.querySelectorAll('datalist option')].map((o) => ({
			name: o.getAttribute('value')!,
			href: o.getAttribute('data-href')!,
		}));
		form.hidden = false;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const wanted = fold(input.value.trim());
			const found = options.find((o) => fold(o.name) === wanted) ?? options.filter((o) => fold(o.name).startsWith(wanted)).at(0);
			if (wanted && found) location.href = found.href;
			else status.textContent = 'Ingen kommun heter så. Välj bland förslagen eller i listan nedan.';
		});
	}
}

customElements.define('find-place', FindPlace);
