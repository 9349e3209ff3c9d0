import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { nextAvailable, searchClinics, type ClinicQuery, type Slot } from '../api';
import { ClinicMap } from '../components/map/clinic-map';
import { formatDay, formatDistance } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';

function queryFrom(search: string): ClinicQuery | null {
  const params = new URLSearchParams(search);
  const [zip, city, state, lat, lon] = ['zip', 'city', 'state', 'lat', 'lon'].map((k) =>
    params.get(k),
  );
  if (zip) return { zip };
  if (city && state) return { city, state };
  if (lat && lon) return { lat, lon };
  return null;
}

export function ClinicsPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const where = queryFrom(search);
  const [zip, setZip] = useState(where && 'zip' in where ? where.zip : '');
  const [city, setCity] = useState(where && 'city' in where ? where.city : '');
  const [state, setState] = useState(where && 'state' in where ? where.state : '');
  const [formError, setFormError] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);

  const [results] = useAsync(where ? JSON.stringify(where) : null, async () => {
    const q = where!;
    const [found, next] = await Promise.all([
      searchClinics(q),
      'city' in q ? null : nextAvailable(q),
    ]);
    const nextById = new Map<string, Slot | null>(
      (next?.results ?? []).map((r) => [r.clinic.id, r.next]),
    );
    return { ...found, nextById };
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    // People type "Chicago, IL" into the city box, as the hint's example reads: take it.
    const typed = city.trim().match(/^(.+?),\s*([A-Za-z]{2})$/);
    const [cityName, stateCode] = typed && !state.trim() ? [typed[1]!, typed[2]!] : [city, state];
    setFormError(null);
    if (/^\d{5}$/.test(zip.trim())) navigate(`/clinics?zip=${zip.trim()}`);
    else if (cityName.trim() && /^[A-Za-z]{2}$/.test(stateCode.trim()))
      navigate(
        `/clinics?city=${encodeURIComponent(cityName.trim())}&state=${stateCode.trim().toUpperCase()}`,
      );
    else
      setFormError(
        'Enter a 5-digit ZIP code, or a city and its two-letter state (for example Austin, TX).',
      );
  }

  function useMyLocation() {
    if (!('geolocation' in navigator)) {
      setFormError('This browser cannot share its location. Enter a ZIP code instead.');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        navigate(
          `/clinics?lat=${pos.coords.latitude.toFixed(4)}&lon=${pos.coords.longitude.toFixed(4)}`,
        );
      },
      () => {
        setLocating(false);
        setFormError('We could not get your location. Enter a ZIP code instead.');
      },
      { timeout: 10_000 },
    );
  }

  return (
    <section>
      <PageTitle title="Find a clinic">Find a physical therapist near you</PageTitle>
      <form className="form search-form" onSubmit={submit} noValidate>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        <div className="search-row">
          <label>
            ZIP code
            <input
              name="zip"
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={5}
              value={zip}
              onChange={(e) => {
                setZip(e.target.value);
                setCity('');
                setState('');
              }}
            />
          </label>
          <span className="or">or</span>
          <label>
            City
            <input
              name="city"
              autoComplete="address-level2"
              value={city}
              onChange={(e) => {
                // One way of saying where at a time: a city replaces the ZIP code.
                setCity(e.target.value);
                setZip('');
              }}
            />
          </label>
          <label className="state">
            State
            <input
              name="state"
              autoComplete="address-level1"
              maxLength={2}
              value={state}
              onChange={(e) => setState(e.target.value)}
            />
          </label>
        </div>
        <div className="actions">
          <button className="button primary" type="submit">
            Search
          </button>
          <button className="button" type="button" onClick={useMyLocation} disabled={locating}>
            {locating ? 'Finding you…' : 'Use my location'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {results.status === 'loading' && <p>Searching…</p>}
        {results.status === 'failed' && <p className="error">{results.message}</p>}
      </div>
      {results.status === 'done' && (
        <div className="results">
          <h2>
            {results.value.clinics.length} clinics nearest {results.value.origin.label}
          </h2>
          <div className="results-body">
            <ClinicMap origin={results.value.origin} clinics={results.value.clinics} />
            <ol className="clinic-list">
              {results.value.clinics.map((clinic) => {
                const next = results.value.nextById.get(clinic.id);
                return (
                  <li key={clinic.id} className="clinic-card">
                    <h3>
                      <Link href={`/clinics/${clinic.id}`}>{clinic.name}</Link>
                    </h3>
                    <p className="meta">
                      {clinic.distanceKm !== undefined && (
                        <strong>{formatDistance(clinic.distanceKm)}</strong>
                      )}{' '}
                      · {clinic.address}, {clinic.city}, {clinic.state} {clinic.zip}
                    </p>
                    <p className="meta">
                      <a href={`tel:${clinic.phone.replace(/[^\d+]/g, '')}`}>{clinic.phone}</a> ·{' '}
                      <span className={clinic.openNow ? 'badge open' : 'badge closed'}>
                        {clinic.openNow ? 'Open now' : 'Closed now'}
                      </span>{' '}
                      {clinic.todayHours.length > 0
                        ? `Today ${clinic.todayHours.map((h) => `${h.opens}–${h.closes}`).join(', ')}`
                        : 'Closed today'}
                    </p>
                    {next && (
                      <p className="next-slot">
                        First evaluation: {formatDay(next.localDate, 'short')}, {next.localTime}{' '}
                        with {next.therapistName}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
