// Simplifies the shared municipality outlines into src/data/map/municipalities.topo.json: a
// TopoJSON topology whose shared borders stay shared, small enough to draw inline at build time.
// Run once when the reference data changes: node scripts/build-map-data.ts MUNICIPALITIES.geojson
// (the Election Authority's municipality outlines, as for scripts/build-registry.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { FeatureCollection } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';

const source = process.argv[2];
if (!source) throw new Error('usage: node scripts/build-map-data.ts MUNICIPALITIES.geojson');
const geo = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection;
for (const feature of geo.features) feature.properties = { code: feature.properties!.id };

// Keep the 4 % most significant points: enough for every municipality to keep its shape at
// the size we draw (about 500 px tall); the shared borders stay shared.
// Every feature has properties ({ code }), never null.
const topo = presimplify(topology({ municipalities: geo }, 1e5) as Topology<Objects<{ code: string }>>);
const simplified = simplify(topo, quantile(topo, 0.96));
// Drop the simplification weights and store delta-encoded integers: a third of the size.
for (const arc of simplified.arcs) for (const point of arc) point.length = 2;
const compact = quantize(simplified, 1e4);
writeFileSync('src/data/map/municipalities.topo.json', JSON.stringify(compact));
console.log(`wrote ${JSON.stringify(compact).length} bytes`);
