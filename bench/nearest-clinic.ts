import zipcodes from 'zipcodes';
import { NearestIndex, nearestByScan } from '../src/domain/geo/nearest';
import { mulberry32 } from '../src/domain/random';

/**
 * Nearest 10 of 10,000 clinics within 50 km that offer a service (the scheduling-peers
 * design): build time, µs per query (p50/p99) over 100,000 queries, and recall against a
 * brute-force haversine scan with the same cap and filter, measured in the same run.
 */
const CLINICS = 10_000;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 100_000);
const SCAN_SAMPLE = 2_000;
const K = 10;
const MAX_KM = 50;
const METROS = [
  ['New York', 'NY'],
  ['Los Angeles', 'CA'],
  ['Chicago', 'IL'],
  ['Houston', 'TX'],
  ['Phoenix', 'AZ'],
  ['Philadelphia', 'PA'],
  ['Denver', 'CO'],
  ['Seattle', 'WA'],
  ['Atlanta', 'GA'],
  ['Miami', 'FL'],
  ['Boston', 'MA'],
  ['Minneapolis', 'MN'],
  ['Dallas', 'TX'],
  ['Salt Lake City', 'UT'],
  ['Nashville', 'TN'],
] as const;

const random = mulberry32(7);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const centres = METROS.map(([city, state]) => zipcodes.lookupByName(city, state)[0]!);
const around = (spreadDeg: number) => {
  const c = centres[Math.floor(random() * centres.length)]!;
  return { lat: c.latitude + gaussian() * spreadDeg, lon: c.longitude + gaussian() * spreadDeg };
};
const clinics = Array.from({ length: CLINICS }, (_, id) => ({
  id,
  sciatica: random() < 0.7,
  ...around(0.4),
}));
const offersSciatica = (c: { sciatica: boolean }) => c.sciatica;
const search = (q: { lat: number; lon: number }) => index.nearest(q, K, MAX_KM, offersSciatica);
const queries = Array.from({ length: QUERIES }, () => around(0.6));

const built = performance.now();
const index = new NearestIndex(clinics);
const buildMs = performance.now() - built;

for (let i = 0; i < 2_000; i++) search(queries[i]!); // warm-up
const times = new Float64Array(QUERIES);
for (let i = 0; i < QUERIES; i++) {
  const t = performance.now();
  search(queries[i]!);
  times[i] = (performance.now() - t) * 1000;
}
times.sort();
const pct = (p: number) => times[Math.min(QUERIES - 1, Math.floor(QUERIES * p))]!;

let found = 0;
let expectedTotal = 0;
let extra = 0;
const scanStart = performance.now();
const truth = queries
  .slice(0, SCAN_SAMPLE)
  .map((q) =>
    nearestByScan(clinics.filter(offersSciatica), q, K).filter((n) => n.distanceKm <= MAX_KM),
  );
const scanUs = ((performance.now() - scanStart) * 1000) / SCAN_SAMPLE;
for (let i = 0; i < SCAN_SAMPLE; i++) {
  const fast = search(queries[i]!).map((n) => n.item.id);
  const expected = truth[i]!.map((n) => n.item.id);
  expected.forEach((id) => fast.includes(id) && found++);
  expectedTotal += expected.length;
  if (fast.length !== expected.length) extra++;
}
const recall = expectedTotal === 0 ? 1 : found / expectedTotal;

console.log(
  `nearest clinic: ${CLINICS} clinics in ${METROS.length} metro clusters, k = ${K} within ${MAX_KM} km offering a service, ${QUERIES} queries`,
);
console.table({
  'kdbush + geokdbush': {
    'build ms': buildMs.toFixed(1),
    'p50 µs': pct(0.5).toFixed(1),
    'p99 µs': pct(0.99).toFixed(1),
  },
  'haversine scan': { 'build ms': '-', 'p50 µs': scanUs.toFixed(0), 'p99 µs': '-' },
});
console.log(
  `recall@${K} ${(recall * 100).toFixed(2)}% over ${SCAN_SAMPLE} queries (${extra} with a different count); ${Math.round(scanUs / pct(0.5))}× the scan at p50; ` +
    `goals: p99 ≤ 10 µs ${pct(0.99) <= 10 ? 'met' : 'NOT met'}, 100% recall ${recall === 1 ? 'met' : 'NOT met'}, ≥ 30× ${scanUs / pct(0.5) >= 30 ? 'met' : 'NOT met'}\n`,
);
