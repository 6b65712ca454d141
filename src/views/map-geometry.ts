/**
 * Sweden's municipalities and counties as SVG paths, projected at build time (d3-geo) from the
 * simplified outlines in src/data/map (topojson). Counties are merged from their municipalities,
 * so the two maps share every border exactly.
 */
import { geoArea, geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../data/map/municipalities.topo.json' with { type: 'json' };

export interface MapShape {
	/** Municipality code ("2480") or county code ("24"). */
	code: string;
	/** SVG path data in the map's coordinate system. */
	d: string;
}

export interface MapGeometry {
	width: number;
	height: number;
	shapes: MapShape[];
}

const topology = topo as unknown as Topology<{ municipalities: GeometryCollection<{ code: string }> }>;
const WIDTH = 400;

/**
 * d3-geo reads rings on the sphere: an exterior ring must run clockwise, or it means "the whole
 * globe but this". The source follows GeoJSON's counter-clockwise rule, so turn such shapes round.
 */
function clockwise<F extends Feature<Polygon | MultiPolygon>>(f: F): F {
	if (geoArea(f) <= 2 * Math.PI) return f;
	const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
	const geometry =
		f.geometry.type === 'Polygon'
			? { ...f.geometry, coordinates: reverse(f.geometry.coordinates) }
			: { ...f.geometry, coordinates: f.geometry.coordinates.map(reverse) };
	return { ...f, geometry };
}

function project(shapes: Feature<Polygon | MultiPolygon, { code: string }>[]): MapGeometry {
	const features = shapes.map(clockwise);
	const collection: FeatureCollection<Polygon | MultiPolygon, { code: string }> = { type: 'FeatureCollection', features };
	// SWEREF 99 TM: transverse Mercator on 15° E, the projection of Swedish official maps.
	const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(WIDTH, collection);
	const path = geoPath(projection).digits(1);
	const [[, top], [, bottom]] = path.bounds(collection);
	return {
		width: WIDTH,
		height: Math.ceil(bottom - top),
		shapes: features.map((f) => ({ code: f.properties.code, d: path(f) ?? '' })),
	};
}

let municipalities: MapGeometry | undefined;
let counties: MapGeometry | undefined;

export function municipalityMap(): MapGeometry {
	municipalities ??= project(
		(feature(topology, topology.objects.municipalities) as FeatureCollection<Polygon | MultiPolygon, { code: string }>).features,
	);
	return municipalities;
}

export function countyMap(): MapGeometry {
	if (!counties) {
		const byCounty = new Map<string, GeometryCollection<{ code: string }>['geometries']>();
		for (const geometry of topology.objects.municipalities.geometries) {
			const county = (geometry.properties as { code: string }).code.slice(0, 2);
			byCounty.set(county, [...(byCounty.get(county) ?? []), geometry]);
		}
		const features = [...byCounty].map(([code, geometries]) => ({
			type: 'Feature' as const,
			properties: { code },
			geometry: merge(topology, geometries as never) as MultiPolygon,
		}));
		counties = project(features);
	}
	return counties;
}

export interface Choropleth {
	/** Upper bounds of each class, ascending; values above the last fall in the last class. */
	breaks: number[];
	/** Class of a value: 0 for none (zero), 1…breaks.length for the rest. */
	classOf: (value: number) => number;
}

/**
 * Classes for shading: zero gets its own class; the rest are split at quantiles of the non-zero
 * values, so each shade holds about as many places (rounded to readable numbers).
 */
export function choropleth(values: readonly number[], classes = 4): Choropleth {
	const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
	const breaks: number[] = [];
	for (let i = 1; i < classes; i++) {
		const q = positive[Math.min(positive.length - 1, Math.floor((positive.length * i) / classes))];
		if (q !== undefined && (breaks.length === 0 || q > breaks.at(-1)!)) breaks.push(roundNicely(q));
	}
	const unique = [...new Set(breaks)].sort((a, b) => a - b);
	return {
		breaks: unique,
		classOf: (value) => (value <= 0 ? 0 : 1 + unique.filter((b) => value > b).length),
	};
}

function roundNicely(value: number): number {
	if (value < 10) return Math.floor(value);
	const magnitude = 10 ** Math.floor(Math.log10(value));
	return Math.floor(value / magnitude) * magnitude;
}
