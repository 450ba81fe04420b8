// Builds the land layer of the partnership map from Natural Earth 1:110m land
// (world-atlas 2.0.2, Natural Earth 4.1.0, public domain):
//
//   src/main/resources/map/land.txt        one SVG path "d" string, in SVG user units
//   src/main/resources/map/projection.json the projection, so that the Java side
//                                          (dk.aarhus.sistercities.map.WorldMap) places
//                                          cities exactly on the same map
//
// Run: cd tools/map && npm ci && npm run build && rm -rf node_modules
//
// The projection is an equirectangular (equidistant cylindrical) projection with a
// standard parallel: x grows linearly with longitude, y linearly with latitude, and the
// ratio of the two scales is cos(standard parallel), so shapes are true around that
// latitude (most partner cities lie between 41 and 61 degrees north). Because the
// projection is affine in (longitude, latitude), the Java side needs only:
//
//   x = (longitude - west) / (east - west) * width
//   y = (north - latitude) / (north - south) * height

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { geoPath, geoProjection } from "d3-geo";
import { feature } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../main/resources/map");

// The area the partner cities need: Chicago (-87.6) to Harbin (126.5), Greenland (its far
// north, beyond 80 N, is cut), North Africa and the Gulf of Mexico in the south. Changing
// any of these moves every city: WorldMap reads them from projection.json, nothing else to do.
const WEST = -100;
const EAST = 140;
const SOUTH = 25;
const NORTH = 80;
const STANDARD_PARALLEL = 50;
const WIDTH = 1000;
// One decimal place in user units: 0.1 unit is 0.1 px on a 1000 px wide map.
const DECIMALS = 1;
// Douglas-Peucker tolerance and the smallest island kept, in user units.
const TOLERANCE = 0.35;
const MIN_AREA = 1.5;

const HEIGHT = round(
  (WIDTH * (NORTH - SOUTH)) / ((EAST - WEST) * Math.cos((STANDARD_PARALLEL * Math.PI) / 180)),
  DECIMALS,
);
const AX = WIDTH / (EAST - WEST); // user units per degree of longitude
const AY = HEIGHT / (NORTH - SOUTH); // user units per degree of latitude
const DEG = 180 / Math.PI;

// d3 calls the raw projection with radians and then applies
// x = tx + k * rawX, y = ty - k * rawY. With k = 1 and (tx, ty) the image of (0°, 0°),
// this is exactly the formula above.
const raw = (lambda, phi) => [lambda * DEG * AX, phi * DEG * AY];
const projection = geoProjection(raw)
  .scale(1)
  .translate([-WEST * AX, NORTH * AY])
  .precision(0) // Natural Earth's edges are straight in (lon, lat); no resampling
  // Clip a little outside the view box, so that no coastline is drawn along its edge.
  .clipExtent([
    [-2, -2],
    [WIDTH + 2, HEIGHT + 2],
  ]);

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/land-110m.json"), "utf8"));
const land = feature(topology, topology.objects.land);

// Collect the projected, clipped rings.
const rings = [];
let ring = null;
geoPath(projection, {
  moveTo(x, y) {
    ring = [[x, y]];
    rings.push(ring);
  },
  lineTo(x, y) {
    ring.push([x, y]);
  },
  closePath() {
    ring = null;
  },
  arc() {
    throw new Error("unexpected arc (points are not drawn)");
  },
})(land);

const scale = 10 ** DECIMALS;
let kept = 0;
let pointCount = 0;
let d = "";
for (const r of rings) {
  const simplified = simplifyRing(r, TOLERANCE);
  // Integer coordinates in units of 10^-DECIMALS, without repeated points.
  const q = [];
  for (const [x, y] of simplified) {
    const p = [Math.round(x * scale), Math.round(y * scale)];
    const last = q[q.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) q.push(p);
  }
  if (q.length > 1 && q[0][0] === q[q.length - 1][0] && q[0][1] === q[q.length - 1][1]) q.pop();
  if (q.length < 3 || Math.abs(area(q)) / (scale * scale) < MIN_AREA) continue;
  kept++;
  pointCount += q.length;
  // Absolute moveto, then relative linetos (deltas of rounded values, so nothing drifts).
  d += "M" + num(q[0][0]) + " " + num(q[0][1]) + "l";
  for (let i = 1; i < q.length; i++) {
    const dx = q[i][0] - q[i - 1][0];
    const dy = q[i][1] - q[i - 1][1];
    d += pair(dx, dy, i === 1);
  }
  d += "z";

  function pair(dx, dy, first) {
    const a = num(dx);
    const b = num(dy);
    return (first || a.startsWith("-") ? "" : " ") + a + (b.startsWith("-") ? "" : " ") + b;
  }
}

function num(v) {
  // v is in units of 10^-DECIMALS; shortest SVG number: "12.3", "-.4", "7"
  const s = (v / scale).toFixed(DECIMALS).replace(/\.?0+$/, "");
  return s.replace(/^(-?)0\./, "$1.");
}

mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, "land.txt"), d + "\n");
const description = {
  type: "equirectangular",
  standardParallel: STANDARD_PARALLEL,
  west: WEST,
  east: EAST,
  south: SOUTH,
  north: NORTH,
  width: WIDTH,
  height: HEIGHT,
  decimals: DECIMALS,
  source: "Natural Earth 1:110m land, version 4.1.0 (public domain), via npm world-atlas 2.0.2 land-110m.json",
};
writeFileSync(resolve(out, "projection.json"), JSON.stringify(description, null, 2) + "\n");
console.log(
  `land.txt: ${d.length} bytes, ${kept} rings, ${pointCount} points; view box 0 0 ${WIDTH} ${HEIGHT}`,
);

function round(v, decimals) {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

// Shoelace formula (twice the signed area would be the sum; halved here).
function area(points) {
  let s = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    s += (points[j][0] + points[i][0]) * (points[j][1] - points[i][1]);
  }
  return s / 2;
}

// Douglas-Peucker for a closed ring: split at the point farthest from the first, simplify
// both halves as open lines.
function simplifyRing(points, tolerance) {
  const open =
    points.length > 1 &&
    points[0][0] === points[points.length - 1][0] &&
    points[0][1] === points[points.length - 1][1]
      ? points.slice(0, -1)
      : points.slice();
  if (open.length < 4) return open;
  let far = 0;
  let best = -1;
  for (let i = 1; i < open.length; i++) {
    const dd = (open[i][0] - open[0][0]) ** 2 + (open[i][1] - open[0][1]) ** 2;
    if (dd > best) {
      best = dd;
      far = i;
    }
  }
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), open[0]], tolerance);
  return [...a, ...b.slice(1, -1)];
}

function simplifyLine(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let index = -1;
    let max = tolerance * tolerance;
    for (let i = first + 1; i < last; i++) {
      const dd = segmentDistance2(points[i], points[first], points[last]);
      if (dd > max) {
        max = dd;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}
