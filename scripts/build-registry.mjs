// Builds src/data/municipalities.json from the Swedish Election Authority's municipality outlines
// (GeoJSON with each municipality's code `id`, county code `lan_code` and name `kom_namn`). Run once
// when the reference data changes: node scripts/build-registry.mjs FILE.geojson; the output is
// committed, so the project builds without the reference data.
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2];
if (!source)
	throw new Error("usage: node scripts/build-registry.mjs MUNICIPALITIES.geojson (the Election Authority's municipality outlines)");
const geo = JSON.parse(readFileSync(source, 'utf8'));

const municipalities = geo.features
	.map(({ properties: p }) => ({ code: p.id, name: p.kom_namn, countyCode: p.lan_code }))
	.sort((a, b) => a.code.localeCompare(b.code));

if (municipalities.length !== 290) throw new Error(`expected 290 municipalities, found ${municipalities.length}`);
for (const m of municipalities) {
	if (!/^\d{4}$/.test(m.code) || m.code.slice(0, 2) !== m.countyCode) {
		throw new Error(`inconsistent municipality record: ${JSON.stringify(m)}`);
	}
}
writeFileSync('src/data/municipalities.json', JSON.stringify(municipalities, null, '\t') + '\n');
console.log(`wrote ${municipalities.length} municipalities`);
