// Builds data/basemap/countries-{110m,50m}.bin from the world-atlas TopoJSON (Natural Earth).
//
// Run from the repository root or anywhere:  (cd tools/basemap && npm ci && node build.mjs)
// No network access at run time: everything comes from node_modules.
// The binary format is documented in data/basemap/README.md; the decoder is src/geo/basemap.rs.
//
// Pipeline, per resolution:
//   1. decode the TopoJSON arcs to lon/lat and stitch every country's rings;
//   2. fix the antimeridian: drop degenerate pole-cap rings, close rings that wind around a pole
//      along the pole line, and cut rings that cross ±180° into pieces on either side;
//   3. quantise to a grid of 1/UNITS_PER_DEGREE degree, drop repeated points and degenerate rings,
//      orient exterior rings counter-clockwise and holes clockwise (x = lon east, y = lat north);
//   4. rebuild a TopoJSON-style topology (every shared border stored once as an arc, cut edges
//      along ±180° or a pole kept as arcs of their own flagged "cut");
//   5. write the compact binary file.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const isoCountries = require("i18n-iso-countries");

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(HERE, "..", "..", "data", "basemap");

const MAGIC = "EVBM";
const VERSION = 1;

/** Output resolutions: source file and quantisation grid (units per degree). */
const TARGETS = [
  // 110m is drawn only at world scale (about 0.3° per pixel at 1280 px): arcs are simplified with a
  // tolerance of SIMPLIFY grid units, which halves the file without a visible change.
  { name: "110m", unitsPerDegree: Number(process.env.UNITS ?? 16), simplify: Number(process.env.SIMPLIFY ?? 6) },
  { name: "50m", unitsPerDegree: 1000 },
];

/** Features without an ISO 3166-1 numeric id in world-atlas: alpha-2 code or null. */
const CODE_OVERRIDES = {
  Kosovo: "XK", // user-assigned code used by the EU, IMF, ISO-based software
  "N. Cyprus": null,
  Somaliland: null,
  "Indian Ocean Ter.": null, // Christmas Island (CX) and Cocos Islands (CC) in one feature
  "Siachen Glacier": null,
};

/** Natural Earth's abbreviated display names, spelled out. Other names are kept as they are. */
const NAMES = {
  "W. Sahara": "Western Sahara",
  "Dem. Rep. Congo": "Democratic Republic of the Congo",
  "Dominican Rep.": "Dominican Republic",
  "Falkland Is.": "Falkland Islands",
  "Fr. S. Antarctic Lands": "French Southern and Antarctic Lands",
  "Central African Rep.": "Central African Republic",
  "Eq. Guinea": "Equatorial Guinea",
  eSwatini: "Eswatini",
  "Solomon Is.": "Solomon Islands",
  "N. Cyprus": "Northern Cyprus",
  "Bosnia and Herz.": "Bosnia and Herzegovina",
  Macedonia: "North Macedonia",
  "S. Sudan": "South Sudan",
  "Marshall Is.": "Marshall Islands",
  "N. Mariana Is.": "Northern Mariana Islands",
  "U.S. Virgin Is.": "United States Virgin Islands",
  "S. Geo. and the Is.": "South Georgia and the South Sandwich Islands",
  "Br. Indian Ocean Ter.": "British Indian Ocean Territory",
  "Pitcairn Is.": "Pitcairn Islands",
  "Cayman Is.": "Cayman Islands",
  "British Virgin Is.": "British Virgin Islands",
  "Turks and Caicos Is.": "Turks and Caicos Islands",
  "St. Vin. and Gren.": "Saint Vincent and the Grenadines",
  "St. Kitts and Nevis": "Saint Kitts and Nevis",
  "Cook Is.": "Cook Islands",
  "St. Pierre and Miquelon": "Saint Pierre and Miquelon",
  "Wallis and Futuna Is.": "Wallis and Futuna",
  "St-Martin": "Saint Martin",
  "St-Barthélemy": "Saint Barthélemy",
  "Fr. Polynesia": "French Polynesia",
  "Faeroe Is.": "Faroe Islands",
  "Indian Ocean Ter.": "Australian Indian Ocean Territories",
  "Heard I. and McDonald Is.": "Heard Island and McDonald Islands",
  "Ashmore and Cartier Is.": "Ashmore and Cartier Islands",
  "Antigua and Barb.": "Antigua and Barbuda",
};

function fail(message) {
  throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// 1. TopoJSON → countries with rings of [lon, lat]

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function stitchRing(arcs, refs) {
  const ring = [];
  for (const ref of refs) {
    const arc = ref < 0 ? arcs[~ref].slice().reverse() : arcs[ref];
    ring.push(...(ring.length ? arc.slice(1) : arc));
  }
  return ring;
}

function readCountries(topology) {
  const arcs = decodeArcs(topology);
  return topology.objects.countries.geometries.map((g) => {
    const sourceName = g.properties.name;
    let code;
    if (g.id === undefined) {
      if (!(sourceName in CODE_OVERRIDES)) fail(`no id and no override for ${sourceName}`);
      code = CODE_OVERRIDES[sourceName];
    } else {
      code = isoCountries.numericToAlpha2(g.id) ?? fail(`unknown numeric code ${g.id}`);
    }
    const name = NAMES[sourceName] ?? sourceName;
    if (name.includes(".")) fail(`abbreviated name left: ${name}`);
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    return { code, name, polygons: polygons.map((p) => p.map((refs) => stitchRing(arcs, refs))) };
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Antimeridian and poles (float lon/lat, rings closed: last point == first point)

const normDelta = (d) => (d > 180 ? d - 360 : d < -180 ? d + 360 : d);

/** Net longitude travelled around a closed ring: 0, or ±360 for a ring that circles a pole. */
function winding(ring) {
  let w = 0;
  for (let i = 1; i < ring.length; i++) w += normDelta(ring[i][0] - ring[i - 1][0]);
  return Math.round(w / 360) * 360;
}

const hasJump = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);

/** A tiny ring hugging a pole (50m Antarctica's exterior at −89.999°): no area in the plane. */
const isPoleCap = (ring) => ring.every(([, lat]) => Math.abs(lat) > 89.9);

/** Longitudes made continuous (no jump > 180°) starting from ring[0]. */
function unwrap(ring) {
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    const prev = out[i - 1];
    out.push([prev[0] + normDelta(ring[i][0] - ring[i - 1][0]), ring[i][1]]);
  }
  return out;
}

/** Sutherland–Hodgman clip of a closed ring to the half-plane where inside(x), cut at x = crossAt. */
function clipHalfPlane(ring, inside, crossAt) {
  const open = ring.slice(0, -1);
  const out = [];
  for (let i = 0; i < open.length; i++) {
    const a = open[(i + open.length - 1) % open.length];
    const b = open[i];
    const ain = inside(a[0]);
    const bin = inside(b[0]);
    if (bin) {
      if (!ain) out.push(intersect(a, b, crossAt));
      out.push(b);
    } else if (ain) {
      out.push(intersect(a, b, crossAt));
    }
  }
  if (out.length) out.push(out[0].slice());
  return out;
}

function intersect(a, b, x) {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}

/** Pieces of an unwrapped ring within each 360° strip, shifted back into −180…180. */
function clipToStrips(ring) {
  const pieces = [];
  for (const k of [-1, 0, 1]) {
    const lo = -180 + 360 * k;
    const hi = 180 + 360 * k;
    let piece = clipHalfPlane(ring, (x) => x >= lo, lo);
    if (piece.length) piece = clipHalfPlane(piece, (x) => x <= hi, hi);
    // Strips the ring only touches give zero-area slivers along their edge: skip those.
    if (piece.length >= 4 && Math.abs(signedArea(piece)) > 1e-9) {
      pieces.push(densifyFrame(piece.map(([x, y]) => [x - 360 * k, y])));
    }
  }
  return pieces;
}

/**
 * Edges along the map frame (the ±180° meridians, the pole lines) get a point at least every
 * FRAME_STEP degrees: no segment then spans more than 180° of longitude (the pole line of
 * Antarctica would otherwise be one 360° segment), and curved frames project smoothly.
 */
const FRAME_STEP = 10;
function densifyFrame(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    const onFrame =
      (Math.abs(a[0]) === 180 && a[0] === b[0]) || (Math.abs(a[1]) === 90 && a[1] === b[1]);
    const steps = onFrame ? Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / FRAME_STEP) : 1;
    for (let s = 1; s < steps; s++) {
      out.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
    }
    out.push(b);
  }
  return out;
}

/**
 * A ring that winds once around a pole (Antarctica), restarted exactly on the antimeridian and
 * closed along the pole line, so that in the plane it becomes the region between the coast and
 * the pole edge of the map.
 */
function closeAroundPole(ring, w) {
  const open = ring.slice(0, -1);
  const n = open.length;
  const j = open.findIndex((p, i) => Math.abs(open[(i + 1) % n][0] - p[0]) > 180);
  if (j < 0) fail("polar ring without an antimeridian crossing");
  const a = open[j];
  const b = open[(j + 1) % n];
  // The crossing point on the antimeridian, on b's side: start there.
  const bx = a[0] + normDelta(b[0] - a[0]);
  const side = a[0] > 0 ? 180 : -180; // the meridian a reaches before jumping
  const lat = bx === a[0] ? a[1] : intersect(a, [bx, b[1]], side)[1];
  const start = [-side, lat];
  const rotated = [start];
  for (let i = 1; i <= n; i++) rotated.push(open[(j + i) % n]);
  const unwrapped = unwrap(rotated); // ends at start + w in longitude
  const pole = meanLat(open) < 0 ? -90 : 90;
  const endX = start[0] + w;
  unwrapped.push([endX, lat], [endX, pole], [start[0], pole], start.slice());
  return clipToStrips(unwrapped);
}

function meanLat(points) {
  return points.reduce((s, p) => s + p[1], 0) / points.length;
}

/** A polygon (rings[0] exterior) → one or more polygons with no segment jumping over ±180°. */
function fixPolygon(rings) {
  const kept = rings.filter((r) => !isPoleCap(r));
  const special = kept.filter((r) => winding(r) !== 0 || hasJump(r));
  if (special.length === 0) return kept.length === rings.length ? [rings] : kept.length ? [kept] : [];
  if (kept.length !== 1) fail("antimeridian ring in a polygon with holes is not handled");
  const ring = kept[0];
  const w = winding(ring);
  const pieces = w !== 0 ? closeAroundPole(ring, w) : clipToStrips(unwrap(ring));
  return pieces.map((piece) => [piece]);
}

// ---------------------------------------------------------------------------------------------
// 3. Quantisation (integer grid), ring cleaning and orientation

function signedArea(ring) {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    s += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  }
  return s / 2;
}

function quantiseRing(ring, u) {
  const out = [];
  for (const [lon, lat] of ring) {
    const x = Math.max(-180 * u, Math.min(180 * u, Math.round(lon * u)));
    const y = Math.max(-90 * u, Math.min(90 * u, Math.round(lat * u)));
    const last = out[out.length - 1];
    if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push(first.slice());
  return out;
}

let droppedRings = 0;

function cleanPolygon(rings, u) {
  const out = [];
  for (const [i, ring] of rings.entries()) {
    const q = quantiseRing(ring, u);
    const area = signedArea(q);
    if (q.length < 4 || area === 0) {
      droppedRings++;
      if (i === 0) return null; // exterior vanished: drop the whole polygon
      continue;
    }
    const wantPositive = i === 0;
    out.push(area > 0 === wantPositive ? q : q.slice().reverse());
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 4. Topology: shared arcs

/** An edge lying on the map frame: along ±180° longitude or along a pole line. */
function isCutEdge(a, b, u) {
  const onMeridian = Math.abs(a[0]) === 180 * u && a[0] === b[0];
  const onPole = Math.abs(a[1]) === 90 * u && a[1] === b[1];
  return onMeridian || onPole;
}

function buildTopology(countries, u) {
  const key = ([x, y]) => `${x},${y}`;
  // A point is a junction when it is seen with different neighbours, or where a ring passes
  // from a cut edge to a real one.
  const neighbours = new Map();
  const junctions = new Set();
  const allRings = countries.flatMap((c) => c.polygons.flat());
  for (const ring of allRings) {
    const n = ring.length - 1;
    for (let i = 0; i < n; i++) {
      const prev = ring[(i + n - 1) % n];
      const p = ring[i];
      const next = ring[i + 1];
      const k = key(p);
      const pair = [key(prev), key(next)].sort().join(";");
      const seen = neighbours.get(k);
      if (seen === undefined) neighbours.set(k, pair);
      else if (seen !== pair) junctions.add(k);
      if (isCutEdge(prev, p, u) !== isCutEdge(p, next, u)) junctions.add(k);
    }
  }

  const arcs = []; // { points, cut }
  const index = new Map(); // forward point-sequence key → arc index
  const refFor = (points) => {
    const fwd = points.map(key).join(" ");
    if (index.has(fwd)) return index.get(fwd);
    const rev = points.slice().reverse().map(key).join(" ");
    if (index.has(rev)) return ~index.get(rev);
    const cut = points.every((p, i) => i === 0 || isCutEdge(points[i - 1], p, u));
    arcs.push({ points, cut });
    index.set(fwd, arcs.length - 1);
    return arcs.length - 1;
  };
  // A closed ring without junctions, rotated to start at its smallest point so that the same
  // ring met twice (an enclaved country and its neighbour's hole) gives the same arc.
  const closedRef = (ring) => {
    const open = ring.slice(0, -1);
    let m = 0;
    for (let i = 1; i < open.length; i++) {
      if (open[i][0] < open[m][0] || (open[i][0] === open[m][0] && open[i][1] < open[m][1])) m = i;
    }
    const rotated = open.slice(m).concat(open.slice(0, m));
    rotated.push(rotated[0]);
    return refFor(rotated);
  };

  for (const c of countries) {
    c.refs = c.polygons.map((rings) =>
      rings.map((ring) => {
        const open = ring.slice(0, -1);
        const starts = open.map((p, i) => (junctions.has(key(p)) ? i : -1)).filter((i) => i >= 0);
        if (starts.length === 0) return [closedRef(ring)];
        const refs = [];
        for (let s = 0; s < starts.length; s++) {
          const from = starts[s];
          const to = s + 1 < starts.length ? starts[s + 1] : starts[0] + open.length;
          const points = [];
          for (let i = from; i <= to; i++) points.push(open[i % open.length]);
          refs.push(refFor(points));
        }
        return refs;
      }),
    );
  }
  return arcs;
}

/**
 * Douglas–Peucker on one arc (integer grid points), keeping both ends so that shared borders stay
 * shared. A closed arc (an island) keeps at least four points so that it stays a ring.
 */
function simplifyArc(points, tolerance) {
  if (tolerance <= 0 || points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const dist = (p, a, b) => {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  };
  const closed = points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1];
  const stack = [[0, points.length - 1]];
  if (closed) {
    // Split a closed arc at its point farthest from the start.
    let far = 1;
    for (let i = 1; i < points.length - 1; i++) {
      if (dist(points[i], points[0], points[0]) > dist(points[far], points[0], points[0])) far = i;
    }
    keep[far] = 1;
    stack.pop();
    stack.push([0, far], [far, points.length - 1]);
  }
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1;
    let worstD = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = dist(points[i], points[a], points[b]);
      if (d > worstD) [worst, worstD] = [i, d];
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  let out = points.filter((_, i) => keep[i]);
  if (closed && out.length < 4) {
    // Keep the island as a triangle at least: add the point farthest from the kept chord.
    const extra = points.map((p, i) => [dist(p, out[0], out[1]), i]).sort((x, y) => y[0] - x[0])[0][1];
    keep[extra] = 1;
    out = points.filter((_, i) => keep[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 5. Binary encoding

class Writer {
  constructor() {
    this.bytes = [];
  }
  u8(v) {
    this.bytes.push(v);
  }
  varint(v) {
    if (!Number.isSafeInteger(v) || v < 0) fail(`bad varint ${v}`);
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  zigzag(v) {
    this.varint(v >= 0 ? 2 * v : -2 * v - 1);
  }
  raw(buf) {
    for (const b of buf) this.bytes.push(b);
  }
}

function encode(countries, arcs, u) {
  const w = new Writer();
  w.varint(u);
  w.varint(arcs.length);
  w.varint(countries.length);
  let pen = [0, 0];
  for (const arc of arcs) {
    w.varint(arc.points.length * 2 + (arc.cut ? 1 : 0));
    for (const p of arc.points) {
      w.zigzag(p[0] - pen[0]);
      w.zigzag(p[1] - pen[1]);
      pen = p;
    }
  }
  for (const c of countries) {
    w.raw(c.code ? Buffer.from(c.code, "ascii") : [0, 0]);
    const name = Buffer.from(c.name, "utf8");
    w.varint(name.length);
    w.raw(name);
    w.varint(c.refs.length);
    for (const rings of c.refs) {
      w.varint(rings.length);
      for (const refs of rings) {
        w.varint(refs.length);
        for (const r of refs) w.varint(r < 0 ? 2 * ~r + 1 : 2 * r);
      }
    }
  }
  const head = new Writer();
  head.raw(Buffer.from(MAGIC, "ascii"));
  head.u8(VERSION);
  head.varint(w.bytes.length); // body length: a cut-short file is caught at once
  return Buffer.from(head.bytes.concat(w.bytes));
}

// ---------------------------------------------------------------------------------------------

function build({ name, unitsPerDegree: u, simplify = 0 }) {
  const path = require.resolve(`world-atlas/countries-${name}.json`);
  const topology = JSON.parse(readFileSync(path, "utf8"));
  const features = readCountries(topology);
  const sourcePoints = topology.arcs.reduce((s, a) => s + a.length, 0);
  console.log(
    `world-atlas countries-${name}.json: ${features.length} features, ${topology.arcs.length} arcs, ` +
      `${sourcePoints} arc points`,
  );
  droppedRings = 0;

  // Fix and quantise each feature.
  let fixedRings = 0;
  for (const f of features) {
    const polygons = [];
    for (const rings of f.polygons) {
      const fixed = fixPolygon(rings);
      if (fixed.length !== 1 || fixed[0] !== rings) fixedRings++;
      for (const p of fixed) {
        const clean = cleanPolygon(p, u);
        if (clean) polygons.push(clean);
      }
    }
    f.polygons = polygons;
    f.area = polygons.reduce((s, p) => s + Math.abs(signedArea(p[0])), 0);
  }

  // Features that share an alpha-2 code (50m: Ashmore and Cartier Is. has Australia's id)
  // become one country, named after the largest.
  const byCode = new Map();
  const countries = [];
  for (const f of features) {
    if (f.polygons.length === 0) fail(`${f.name} vanished`);
    const other = f.code ? byCode.get(f.code) : undefined;
    if (!other) {
      if (f.code) byCode.set(f.code, f);
      countries.push(f);
      continue;
    }
    console.log(`  merging ${f.name} into ${other.name} (${f.code})`);
    if (f.area > other.area) other.name = f.name;
    other.polygons.push(...f.polygons);
    other.area += f.area;
  }

  // Invariants the decoder relies on.
  for (const c of countries) {
    if (c.code !== null && !/^[A-Z]{2}$/.test(c.code)) fail(`bad code ${c.code}`);
    for (const ring of c.polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180 * u) fail(`${c.name}: jump left`);
      }
    }
  }

  const arcs = buildTopology(countries, u);
  for (const arc of arcs) if (!arc.cut) arc.points = simplifyArc(arc.points, simplify);
  const uses = new Array(arcs.length).fill(0);
  for (const c of countries) for (const refs of c.refs.flat()) for (const r of refs) uses[r < 0 ? ~r : r]++;
  if (uses.some((n) => n === 0 || n > 2)) fail("an arc is used by no ring or by more than two");

  const bin = encode(countries, arcs, u);
  mkdirSync(OUT_DIR, { recursive: true });
  const out = join(OUT_DIR, `countries-${name}.bin`);
  writeFileSync(out, bin);

  const points = arcs.reduce((s, a) => s + a.points.length, 0);
  const rings = countries.reduce((s, c) => s + c.polygons.flat().length, 0);
  const polygons = countries.reduce((s, c) => s + c.polygons.length, 0);
  console.log(
    `countries-${name}.bin: ${bin.length} bytes (gzip ${gzipSync(bin, { level: 9 }).length}); ` +
      `${countries.length} countries, ${polygons} polygons, ${rings} rings, ` +
      `${arcs.length} arcs (${arcs.filter((a) => a.cut).length} cut, ` +
      `${uses.filter((n) => n === 2).length} shared), ${points} arc points; ` +
      `${fixedRings} polygons fixed at the antimeridian/poles; ` +
      `${droppedRings} rings without area on the grid of 1/${u}° dropped`,
  );
}

for (const target of TARGETS) build(target);
