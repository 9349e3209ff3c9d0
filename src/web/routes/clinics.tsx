import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { nextAvailable, searchClinics, type ClinicQuery, type Slot } from '../api';
import { ClinicMap } from '../components/map/clinic-map';
import { formatDay, formatDistance, formatClock } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { useT } from '../i18n/i18n';

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
  const t = useT();

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
    else setFormError(t('clinics.badPlace'));
  }

  function useMyLocation() {
    if (!('geolocation' in navigator)) {
      setFormError(t('clinics.noGeolocation'));
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
        setFormError(t('clinics.locationFailed'));
      },
      { timeout: 10_000 },
    );
  }

  return (
    <section>
      <PageTitle title={t('clinics.tabTitle')}>{t('clinics.title')}</PageTitle>
      <form className="form search-form" onSubmit={submit} noValidate>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        <div className="search-row">
          <label>
            {t('clinics.zip')}
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
          <span className="or">{t('summary.or')}</span>
          <label>
            {t('clinics.city')}
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
            {t('clinics.state')}
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
            {t('clinics.search')}
          </button>
          <button className="button" type="button" onClick={useMyLocation} disabled={locating}>
            {t(locating ? 'clinics.locating' : 'clinics.useLocation')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {results.status === 'loading' && <p>{t('clinics.searching')}</p>}
        {results.status === 'failed' && <p className="error">{results.message}</p>}
      </div>
      {results.status === 'done' && (
        <div className="results">
          <h2>
            {t('clinics.nearest', {
              count: results.value.clinics.length,
              place: results.value.origin.label,
            })}
          </h2>
          <div className="results-body">
            <ClinicMap origin={results.value.origin} clinics={results.value.clinics} />
            <ol className="clinic-list">
              {results.value.clinics.map((clinic) => {
                const next = results.value.nextById.get(clinic.id);
                return (
                  <li key={clinic.id} className="clinic-card">
                    <h3>
                      <Link href={`/clinics/${clinic.id}`} translate="no">
                        {clinic.name}
                      </Link>
                    </h3>
                    <p className="meta">
                      {clinic.distanceKm !== undefined && (
                        <strong>{formatDistance(clinic.distanceKm)}</strong>
                      )}{' '}
                      ·{' '}
                      <span translate="no">
                        {clinic.address}, {clinic.city}, {clinic.state} {clinic.zip}
                      </span>
                    </p>
                    <p className="meta">
                      <a href={`tel:${clinic.phone.replace(/[^\d+]/g, '')}`}>{clinic.phone}</a> ·{' '}
                      <span className={clinic.openNow ? 'badge open' : 'badge closed'}>
                        {t(clinic.openNow ? 'clinics.openNow' : 'clinics.closedNow')}
                      </span>{' '}
                      {clinic.todayHours.length > 0
                        ? t('clinics.today', {
                            hours: clinic.todayHours
                              .map((h) => `${h.opens}–${h.closes}`)
                              .join(', '),
                          })
                        : t('clinics.closedToday')}
                    </p>
                    {next && (
                      <p className="next-slot">
                        {t('clinics.firstEvaluation', {
                          day: formatDay(next.localDate, 'short'),
                          time: formatClock(next.localTime),
                          therapist: next.therapistName,
                        })}
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
