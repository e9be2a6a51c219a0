/**
 * Offline maps: country outlines (Natural Earth via the world-atlas package)
 * projected with d3-geo at build time into SVG path data. No tiles, no request
 * to any other host: the map is part of the page.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
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
}

export interface MapGeometry {
  width: number;
  height: number;
  countries: { name: string; d: string }[];
  points: (MapPoint & { x: number; y: number })[];
}

let countries: Feature<Geometry, { name: string }>[] | undefined;
function countryFeatures() {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  countries ??= (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  return countries;
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
  const outlines = countryFeatures()
    .map((f) => ({ name: f.properties.name, d: path(f) ?? '' }))
    .filter((c) => c.d !== '');
  const projected = points.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ ...p, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
  });
  return { width, height, countries: outlines, points: projected };
}
