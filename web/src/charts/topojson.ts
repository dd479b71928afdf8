/**
 * @module
 * TopoJSON (world-atlas) to GeoJSON features: the part of topojson-client the map needs, so no
 * extra package. Arcs are delta-encoded and quantised; a negative arc index means the arc reversed.
 */

export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}

interface TopoGeometry {
  type: 'Polygon' | 'MultiPolygon' | null;
  arcs?: number[][] | number[][][];
  id?: string;
  properties?: { name?: string };
}

export interface Feature {
  type: 'Feature';
  id?: string;
  properties: { name?: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export function features(topo: Topology, name: string): Feature[] {
  const arcs = decodeArcs(topo);
  const ring = (indexes: number[]) => {
    const out: number[][] = [];
    for (const i of indexes) {
      const arc = i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!;
      // Consecutive arcs share their joining point.
      out.push(...(out.length ? arc.slice(1) : arc));
    }
    return out;
  };
  const list: Feature[] = [];
  for (const g of topo.objects[name]?.geometries ?? []) {
    const base = { type: 'Feature' as const, properties: g.properties ?? {}, ...(g.id !== undefined ? { id: g.id } : {}) };
    if (g.type === 'Polygon') list.push({ ...base, geometry: { type: 'Polygon', coordinates: (g.arcs as number[][]).map(ring) } });
    else if (g.type === 'MultiPolygon') list.push({ ...base, geometry: { type: 'MultiPolygon', coordinates: (g.arcs as number[][][]).map((p) => p.map(ring)) } });
  }
  return list;
}

function decodeArcs(topo: Topology): number[][][] {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx, dy];
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}
