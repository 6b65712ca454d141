/**
 * <copy-text data-target="id">: a "Kopiera" button for text a reader can also select and copy by
 * hand (the citation). The button is in the page as `hidden` and shown only where the clipboard can
 * be written; a status line says whether it worked. Loaded only on project pages.
 */
class CopyText extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector('[data-status]');
		const target = document.getElementById(this.dataset.target ?? '');
		if (!button || !status || !target || !navigator.clipboard) return;
		button.hidden = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(target.textContent!.replace(/\s+/g, ' ').trim());
				status.textContent = 'Kopierat.';
			} catch {
				status.textContent = 'Kunde inte kopiera: markera texten och kopiera den själv.';
			}
		});
	}
}

customElements.define('copy-text', CopyText);
