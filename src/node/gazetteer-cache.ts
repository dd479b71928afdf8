import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PackedPlaces } from '../core/geo/packed-places.js';

/**
 * The packed full gazetteer as one file, so a process reads it in ~0.1 s instead of building it
 * from cities500 in ~2 s. The build writes it next to the compiled code (`scripts/build.mjs`);
 * its stamp covers the GeoNames file and the compiled modules that decide what goes in, so a
 * stale cache is never read, only ignored.
 */
export const CACHE_FILE = fileURLToPath(new URL('./cities500.packed', import.meta.url));

const MAGIC = 'dyad-gazetteer-1\n';
// Everything that shapes the packed places: names, keys, regions, columns, the file format.
const MODULES = ['./geonames-cities.js', './gazetteer-cache.js', '../core/geo/place-index.js', '../core/geo/packed-places.js', '../core/geo/gazetteer.js', '../core/geo/countries-and-regions.js', '../core/geo/places.generated.js'];
const ARRAYS = ['lat', 'lon', 'population', 'geonameId', 'country', 'admin', 'feature', 'adm1', 'nameEnd', 'keyEnd', 'slots', 'postings', 'postEnd'] as const;
const TEXTS = ['names', 'keys'] as const;
const TYPES = { Float64Array, Int32Array, Uint32Array };
type ArrayName = (typeof ARRAYS)[number];

/** What the cache must match; null when the compiled modules are not there (running from TypeScript sources). */
export function cacheStamp(cities500: string): string | null {
  const h = createHash('sha256');
  const s = statSync(cities500);
  h.update(`${MAGIC}${s.size}:${s.mtimeMs}\n`);
  for (const m of MODULES) {
    const file = fileURLToPath(new URL(m, import.meta.url));
    if (!existsSync(file)) return null;
    h.update(readFileSync(file));
  }
  return h.digest('hex');
}

/** The packed places in `file`, or null when it is missing, damaged or stamped otherwise. */
export function readPackedPlaces(file: string, stamp: string): PackedPlaces | null {
  try {
    const buf = readFileSync(file);
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const at = MAGIC.length + 4;
    const headerLength = buf.readUInt32LE(MAGIC.length);
    const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as Header;
    if (header.stamp !== stamp) return null;
    const base = align(at + headerLength);
    const data = { ...header.json } as unknown as Record<string, unknown>;
    for (const s of header.sections) {
      const bytes = buf.subarray(base + s.offset, base + s.offset + s.bytes);
      if (bytes.length !== s.bytes) return null;
      // Copies, so the file's buffer is not kept alive behind the arrays.
      data[s.name] = s.type === 'text' ? bytes.toString('utf16le') : new TYPES[s.type](new Uint8Array(bytes).buffer);
    }
    return data as unknown as PackedPlaces;
  } catch {
    return null;
  }
}

/** The stamp a cache file carries, read from its header alone; null when there is no readable cache. */
export function cachedStamp(file: string): string | null {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(MAGIC.length + 4 + 200);
      readSync(fd, head, 0, head.length, 0);
      if (head.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
      return /^\{"stamp":"([0-9a-f]+)"/.exec(head.toString('utf8', MAGIC.length + 4))?.[1] ?? null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** Writes the packed places (atomically: a reader never sees half a file). */
export function writePackedPlaces(file: string, stamp: string, data: PackedPlaces): void {
  const { maxWords, objects, strings, abbreviations, acronyms } = data;
  const parts: Buffer[] = [];
  const sections: Section[] = [];
  const add = (name: Section['name'], type: Section['type'], bytes: Buffer) => {
    sections.push({ name, type, offset: 0, bytes: bytes.length });
    parts.push(bytes);
  };
  for (const name of ARRAYS) {
    const a = data[name];
    add(name, a.constructor.name as keyof typeof TYPES, Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  for (const name of TEXTS) add(name, 'text', Buffer.from(data[name], 'utf16le'));
  // Section offsets count from the first byte after the header, so the header never depends on its own length.
  let offset = 0;
  for (const sec of sections) {
    sec.offset = offset;
    offset = align(offset + sec.bytes);
  }
  const head = Buffer.from(JSON.stringify({ stamp, json: { maxWords, objects, strings, abbreviations, acronyms }, sections } satisfies Header));
  const base = align(MAGIC.length + 4 + head.length);
  const out = Buffer.alloc(base + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(head.length, MAGIC.length);
  head.copy(out, MAGIC.length + 4);
  sections.forEach((sec, i) => parts[i]!.copy(out, base + sec.offset));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, file);
}

interface Section {
  name: ArrayName | (typeof TEXTS)[number];
  type: keyof typeof TYPES | 'text';
  offset: number;
  bytes: number;
}

interface Header {
  stamp: string;
  json: Pick<PackedPlaces, 'maxWords' | 'objects' | 'strings' | 'abbreviations' | 'acronyms'>;
  sections: Section[];
}

/** Typed arrays need offsets that are multiples of their element size. */
const align = (n: number) => Math.ceil(n / 8) * 8;
