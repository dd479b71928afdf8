// The few d3-geo functions the UI uses (the package ships no types and @types/d3-geo is not installed).
declare module 'd3-geo' {
  export type Point = [number, number];
  export interface Projection {
    (point: Point): Point | null;
    fitSize(size: [number, number], object: unknown): Projection;
    fitExtent(extent: [Point, Point], object: unknown): Projection;
  }
  export function geoEqualEarth(): Projection;
  export function geoNaturalEarth1(): Projection;
  export function geoPath(projection?: Projection): (object: unknown) => string | null;
  export function geoGraticule10(): unknown;
}
