/**
 * Offline maps: country outlines (Natural Earth via the world-atlas package)
 * projected with d3-geo at build time into SVG path data. No tiles, no request
 * to any other host: the map is part of the page.
 */
import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
  /** Drawn larger and labelled. */
  focus?: boolean;
  /** Importance (e.g. report count): labels of heavier points win where labels would collide. */
  weight?: number;
}

export interface MapGeometry {
  width: number;
  height: number;
  countries: { name: string; d: string }[];
  points: (MapPoint & { x: number; y: number; labelAt?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } })[];
}

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: heaviest points first, right of the dot, else left,
 * above or below it; skipped when every spot overlaps a label or a dot.
 */
function placeLabels(points: { x: number; y: number; label: string; weight?: number; focus?: boolean }[], width: number) {
  const CHAR = 6.2; // average glyph width of the 11 px label font
  const placed: Box[] = points.map((p) => ({ x0: p.x - 4, y0: p.y - 4, x1: p.x + 4, y1: p.y + 4 }));
  const order = points.map((_, i) => i).sort((a, b) => Number(points[b]!.focus ?? 0) - Number(points[a]!.focus ?? 0) || (points[b]!.weight ?? 0) - (points[a]!.weight ?? 0));
  const labels = new Map<number, { x: number; y: number; anchor: 'start' | 'middle' | 'end' }>();
  for (const i of order) {
    const p = points[i]!;
    const w = p.label.length * CHAR;
    const options = [
      { box: { x0: p.x + 6, y0: p.y - 7, x1: p.x + 6 + w, y1: p.y + 6 }, at: { x: p.x + 7, y: p.y + 4, anchor: 'start' as const } },
      { box: { x0: p.x - 6 - w, y0: p.y - 7, x1: p.x - 6, y1: p.y + 6 }, at: { x: p.x - 7, y: p.y + 4, anchor: 'end' as const } },
      { box: { x0: p.x - w / 2, y0: p.y - 19, x1: p.x + w / 2, y1: p.y - 6 }, at: { x: p.x, y: p.y - 8, anchor: 'middle' as const } },
      { box: { x0: p.x - w / 2, y0: p.y + 6, x1: p.x + w / 2, y1: p.y + 19 }, at: { x: p.x, y: p.y + 16, anchor: 'middle' as const } },
    ];
    const free = options.find((o) => o.box.x0 >= 0 && o.box.x1 <= width && !placed.some((b) => overlaps(b, o.box)));
    if (!free) continue;
    placed.push(free.box);
    labels.set(i, free.at);
  }
  return labels;
}

interface Country {
  feature: Feature<Geometry, { name: string }>;
  /** [[west, south], [east, north]] in degrees; west > east when it crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
}

let countries: Country[] | undefined;
/** The outlines and their bounding boxes, computed once per build. */
function countryFeatures(): Country[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  countries ??= (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features.map((f) => ({
    feature: f,
    bounds: geoBounds(f),
  }));
  return countries;
}

/** Whether a country's box meets the map's frame: projecting and clipping the other ~240 is most of a map's cost. */
function meetsFrame({ bounds: [[w, s], [e, n]] }: Country, west: number, south: number, east: number, north: number): boolean {
  if (n < south || s > north) return false;
  return w > e || (e >= west && w <= east);
}

/**
 * Projects `points` into a `width`×`height` box with a margin of `marginDegrees`
 * around them, and the country outlines that fall inside it.
 */
export function mapGeometry(points: MapPoint[], width: number, height: number, marginDegrees = 2): MapGeometry {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [west, east] = lons.length ? [Math.min(...lons) - marginDegrees, Math.max(...lons) + marginDegrees] : [60, 75];
  const [south, north] = lats.length ? [Math.min(...lats) - marginDegrees, Math.max(...lats) + marginDegrees] : [29, 39];
  const frame: GeoPermissibleObjects = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  };
  const projection = geoMercator().fitSize([width, height], frame).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  // The frame fitted to the box may show more than the box: take the projected corners' extent.
  const [[fw, fn], [fe, fs]] = [projection.invert!([0, 0])!, projection.invert!([width, height])!];
  const outlines = countryFeatures()
    .filter((c) => meetsFrame(c, Math.min(fw, west), Math.min(fs, south), Math.max(fe, east), Math.max(fn, north)))
    .map((c) => ({ name: c.feature.properties.name, d: path(c.feature) ?? '' }))
    .filter((c) => c.d !== '');
  const projected = points.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ ...p, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
  });
  const labels = placeLabels(projected, width);
  return { width, height, countries: outlines, points: projected.map((p, i) => ({ ...p, ...(labels.has(i) ? { labelAt: labels.get(i)! } : {}) })) };
}

/**
 * Splits points into the region most of them share and the far-flung rest,
 * so one mention of Washington does not shrink a map of Afghanistan to a dot.
 * The region is centred on the median position.
 */
export function mainRegion<P extends { lat: number; lon: number }>(points: P[], latSpan = 12, lonSpan = 18): { inside: P[]; outside: P[] } {
  if (points.length === 0) return { inside: [], outside: [] };
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const lat = median(points.map((p) => p.lat));
  const lon = median(points.map((p) => p.lon));
  const near = (p: P) => Math.abs(p.lat - lat) <= latSpan && Math.abs(p.lon - lon) <= lonSpan;
  return { inside: points.filter(near), outside: points.filter((p) => !near(p)) };
}
