import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import type { ClinicSummary, Origin } from '../../api';
import { formatDistance } from '../format';
import { useT, type Translate } from '../../i18n/i18n';
import './clinic-map.css';

// The state outlines are a large download: only the clinic finder fetches them, when it
// first shows results (and the placeholder holds the map's place until then).
const MapDrawing = lazy(() => import('./map-drawing'));

/** The width the map has to fill (followed as the window turns or resizes) and its font. */
function useFrame() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [fontFamily, setFontFamily] = useState('sans-serif');
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.floor(element.clientWidth));
    update();
    setFontFamily(getComputedStyle(element).fontFamily);
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width, fontFamily };
}

function describe(origin: Origin, clinics: ClinicSummary[], t: Translate) {
  const [nearest, farthest] = [clinics[0]?.distanceKm, clinics.at(-1)?.distanceKm];
  const spread = nearest !== undefined && farthest !== undefined && clinics.length > 1;
  return t('map.description', {
    count: clinics.length,
    place: origin.label,
    spread: spread ? 'yes' : 'no',
    nearest: spread ? formatDistance(nearest) : '',
    farthest: spread ? formatDistance(farthest) : '',
  });
}

/**
 * A map of the results: state outlines around the searched place, numbered pins that match
 * the list (the list is the accessible version; the pins are also links for a pointer).
 * Drawn in the browser from data shipped with the app: nothing comes from a map service.
 */
export function ClinicMap({ origin, clinics }: { origin: Origin; clinics: ClinicSummary[] }) {
  const { ref, width, fontFamily } = useFrame();
  const t = useT();
  const placeholder = (
    <div className="map-placeholder" style={{ height: Math.round(Math.max(width, 300) * 0.85) }}>
      <p>{t('map.loading')}</p>
    </div>
  );
  return (
    <figure className="clinic-map">
      {/* The map's words are place and clinic names: never translated. */}
      <div ref={ref} className="map-frame" translate="no">
        {width > 0 ? (
          <Suspense fallback={placeholder}>
            <MapDrawing
              width={width}
              origin={origin}
              clinics={clinics}
              description={describe(origin, clinics, t)}
              fontFamily={fontFamily}
            />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
      <figcaption className="map-legend">
        <span>
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <circle className="map-origin-ring" cx="10" cy="10" r="7" />
            <circle className="map-origin-dot" cx="10" cy="10" r="2.5" />
          </svg>
          {t('map.origin')}
        </span>
        <span>
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <circle className="map-legend-pin" cx="10" cy="10" r="9" />
          </svg>
          {t('map.pin')}
        </span>
      </figcaption>
    </figure>
  );
}
