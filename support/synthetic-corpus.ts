/**
 * A large synthetic corpus for benchmarks: the real seed entries repeated with new ids, titles,
 * places, owners and decision dates, so every entry stays valid and the text stays realistic. Like a
 * national bank, most decisions are dated, owners are many, and some projects work at county level.
 */
import { readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { allCounties, allMunicipalities } from '../src/domain/registry.ts';

/** A small deterministic PRNG so every run benchmarks the same corpus. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function split(content: string): { data: Record<string, any>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content)!;
	return { data: parse(match[1]!, { schema: 'core' }) as Record<string, any>, body: match[2]! };
}

export function writeSyntheticCorpus(projectDir: string, count: number): void {
	const dir = join(projectDir, 'src/content/projects');
	const seeds = readdirSync(dir)
		.sort()
		.map((name) => split(readFileSync(join(dir, name), 'utf8')));
	rmSync(dir, { recursive: true });
	mkdirSync(dir);
	const rand = random(20261123);
	const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
	for (let i = 0; i < count; i++) {
		const seed = seeds[i % seeds.length]!;
		const data = structuredClone(seed.data);
		const id = String(30_000_000 + i);
		data.id = id;
		data.title = `${data.title} (${i + 1})`;
		if (data.counties?.length) {
			// A county-level project of the seeds: one or two counties, no municipality.
			data.counties = [...new Set([pick(allCounties).name, ...(rand() < 0.3 ? [pick(allCounties).name] : [])])];
		} else {
			// Mostly a few municipalities of one county, sometimes a whole county.
			const county = pick(allMunicipalities).countyCode;
			const local = allMunicipalities.filter((m) => m.countyCode === county);
			const size = rand() < 0.15 ? local.length : 1 + Math.floor(rand() * Math.min(6, local.length));
			data.municipalities = [...new Set(Array.from({ length: size }, () => pick(local).name))];
		}
		// Many owners: a third of the projects are owned by one of a pool that grows with the bank.
		if (data.owner && rand() < 1 / 3) data.owner = { name: `Utvecklingsbolag ${1 + Math.floor(rand() * Math.max(50, count / 10))} AB` };
		// Decisions keep their order: the first falls in 2015–2026, each later one 30–400 days after;
		// nine in ten that the seed leaves undated get a date.
		let day = Date.UTC(2015, 0, 1) + Math.floor(rand() * 12 * 365) * 86_400_000;
		for (const decision of data.decisions ?? []) {
			if (!decision.date && rand() < 0.1) continue;
			decision.date = new Date(day).toISOString().slice(0, 10);
			day += (30 + Math.floor(rand() * 370)) * 86_400_000;
		}
		writeFileSync(join(dir, `${id}.md`), `---\n${stringify(data, { lineWidth: 0 })}---\n${seed.body}`);
	}
}

/**
 * Source documents of another bank: each shipped document under a new file name and title (its text
 * kept, so cited passages are still found), and every synthetic entry citing the new title. Run after
 * writeSyntheticCorpus, so that nothing in the copy names the shipped documents.
 */
export function writeSyntheticSources(projectDir: string): void {
	const dir = join(projectDir, 'src/content/sources');
	const titles = new Map<string, string>();
	for (const name of readdirSync(dir)
		.filter((n) => n.endsWith('.yaml'))
		.sort()) {
		const slug = name.slice(0, -'.yaml'.length);
		const data = parse(readFileSync(join(dir, name), 'utf8')) as Record<string, any>;
		const title = `Syntetisk källa ${titles.size + 1} (efter ${data.title})`;
		titles.set(data.title, title);
		writeFileSync(join(dir, `syntetisk-${slug}.yaml`), stringify({ ...data, title }, { lineWidth: 0 }));
		rmSync(join(dir, name));
		try {
			writeFileSync(join(dir, `syntetisk-${slug}.txt`), readFileSync(join(dir, `${slug}.txt`)));
			rmSync(join(dir, `${slug}.txt`));
		} catch {
			// A document shipped without its text.
		}
	}
	const projects = join(projectDir, 'src/content/projects');
	for (const name of readdirSync(projects)) {
		const { data, body } = split(readFileSync(join(projects, name), 'utf8'));
		if (data.source?.document) data.source.document = titles.get(data.source.document) ?? data.source.document;
		writeFileSync(join(projects, name), `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
	}
}
