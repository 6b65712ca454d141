/**
 * Draws a <bar-chart>: chart.js with only the bar controller and two scales (under 50 KB gzip).
 * No tooltip or legend plugin: each bar carries its value as text, the legend is HTML beside the
 * chart, and the table below holds every number.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import { formatKronorShort, formatNumber } from '../format.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

interface ChartData {
	labels: string[];
	/** null: the sources state no figure; no bar, and the words say so. */
	series: { label: string; values: (number | null)[] }[];
	unit: 'kr' | 'projekt';
	horizontal: boolean;
	ranges?: [string, string][];
}

/** Same colours as the HTML legend (global.css .series-0, .series-1); each reaches 3:1 against white. */
export const SERIES_COLOURS = ['#12365a', '#4f7cb3'];
const month = new Intl.DateTimeFormat('sv-SE', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Breaks a long label into lines of about `width` characters (three at most), so none is cut off. */
function wrap(label: string, width: number): string | string[] {
	if (label.length <= width) return label;
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}

/** Beside a bar the sources state no figure for: no bar, and never a 0. */
const MISSING = 'uppgift saknas';

/** Writes each bar's value (compact, sv-SE) just past its end; a missing value at the axis. */
function valueLabels(texts: string[][]): Plugin<'bar'> {
	return {
		id: 'valueLabels',
		afterDatasetsDraw(chart) {
			const { ctx } = chart;
			ctx.save();
			ctx.fillStyle = '#1a1a1a';
			ctx.font = '12px system-ui, sans-serif';
			chart.data.datasets.forEach((_, d) => {
				chart.getDatasetMeta(d).data.forEach((bar, i) => {
					const text = texts[d]?.[i];
					if (!text) return;
					const props = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
					// A null value has no bar: its text starts at the value axis' zero.
					const zero = chart.scales[chart.options.indexAxis === 'y' ? 'x' : 'y']!.getPixelForValue(0);
					const x = Number.isFinite(props.x) ? props.x : zero;
					const y = Number.isFinite(props.y) ? props.y : zero;
					if (chart.options.indexAxis === 'y') {
						ctx.textBaseline = 'middle';
						ctx.fillText(text, x + 4, y);
					} else {
						ctx.textAlign = 'center';
						ctx.fillText(text, x, y - 6);
					}
				});
			});
			ctx.restore();
		},
	};
}

export function renderChart(element: HTMLElement): void {
	const data = JSON.parse(element.dataset.chart!) as ChartData;
	const timeline = data.ranges !== undefined;
	const short = (n: number) => (data.unit === 'kr' ? formatKronorShort(n) : `${formatNumber(n)} ${data.unit}`);
	const texts = timeline
		? [data.series[0]!.values.map((v) => (v !== null && v > 0 ? short(v) : ''))]
		: data.series.map((s) => s.values.map((v) => (v === null ? MISSING : short(v))));
	const valueAxis = data.horizontal ? 'x' : 'y';
	const categoryAxis = data.horizontal ? 'y' : 'x';

	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels: data.labels.map((l) => wrap(l, element.clientWidth < 560 ? 20 : 40)),
			datasets: timeline
				? [
						{
							label: 'Period',
							data: data.ranges!.map(([s, e]) => [toDay(s), toDay(e) + 1]) as unknown as number[],
							backgroundColor: SERIES_COLOURS[0],
						},
					]
				: data.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length] })),
		},
		options: {
			indexAxis: data.horizontal ? 'y' : 'x',
			responsive: true,
			maintainAspectRatio: false,
			events: [],
			animation: matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 400 },
			layout: { padding: { right: data.horizontal ? 72 : 0, top: data.horizontal ? 0 : 18 } },
			scales: {
				// Every bar keeps its label: chart.js would otherwise skip some when space is short.
				[categoryAxis]: { ticks: { autoSkip: false } },
				[valueAxis]: {
					beginAtZero: !timeline,
					...(timeline ? { min: Math.min(...data.ranges!.map(([s]) => toDay(s))) } : {}),
					ticks: { callback: (value: string | number) => (timeline ? month.format(new Date(Number(value) * DAY)) : short(Number(value))) },
				},
			},
		},
		plugins: [valueLabels(texts)],
	};
	new Chart(element.querySelector('canvas')!, config);
	element.dataset.rendered = '';
}
