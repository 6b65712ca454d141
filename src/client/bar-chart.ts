/**
 * <bar-chart data-chart='{"labels":[…],"series":[…],"unit":"kr","horizontal":true}'>: loads the
 * tree-shaken chart.js only when the chart scrolls into view. The box is sized by CSS before any
 * script runs, so drawing moves nothing.
 */
class BarChart extends HTMLElement {
	connectedCallback() {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer.disconnect();
				void import('./chart-render.ts').then(({ renderChart }) => renderChart(this));
			},
			{ rootMargin: '200px' },
		);
		observer.observe(this);
	}
}

customElements.define('bar-chart', BarChart);
