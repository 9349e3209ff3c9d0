import type { ClinicSummary, Origin } from '../api';

/**
 * A plain map of the results around the search point, drawn from coordinates alone (no map
 * tiles, so it works offline). Numbers match the list, which is the accessible version.
 */
export function ClinicMap({ origin, clinics }: { origin: Origin; clinics: ClinicSummary[] }) {
  const points = [origin, ...clinics];
  const cosLat = Math.cos((origin.lat * Math.PI) / 180);
  const xs = points.map((p) => p.lon * cosLat);
  const ys = points.map((p) => -p.lat);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const span = Math.max(maxX - minX, maxY - minY, 0.01);
  const size = 300;
  const pad = 24;
  const project = (p: { lat: number; lon: number }): [number, number] => [
    pad + ((p.lon * cosLat - minX) / span) * (size - 2 * pad),
    pad + ((-p.lat - minY) / span) * (size - 2 * pad),
  ];
  const [ox, oy] = project(origin);
  return (
    <svg
      className="clinic-map"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={`Map of ${clinics.length} clinics around ${origin.label}; the numbered list below has the same clinics.`}
    >
      <rect width={size} height={size} rx={12} className="map-bg" />
      {[0.25, 0.5, 0.75].map((f) => (
        <g key={f} className="map-grid">
          <line x1={f * size} y1={0} x2={f * size} y2={size} />
          <line x1={0} y1={f * size} x2={size} y2={f * size} />
        </g>
      ))}
      <circle cx={ox} cy={oy} r={7} className="map-origin" />
      {clinics.map((clinic, i) => {
        const [x, y] = project(clinic);
        return (
          <g key={clinic.id} className="map-pin">
            <circle cx={x} cy={y} r={10} />
            <text x={x} y={y + 4} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
