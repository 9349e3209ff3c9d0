import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import {
  addTherapist,
  adminClinics,
  openClinic,
  updateClinic,
  type AdminClinic,
  type ClinicInput,
  type WorkingHours,
} from '../api';
import { EditableTable, FormFooter } from '../components/edit-forms';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { useAsync } from '../hooks/use-async';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { AdminOnly } from './admin';
import { WeeklyHoursFields } from './admin-hours';

/** Clinics use ZIP codes, so locations are in the US and its territories. */
const US_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
] as const;

const WEEKDAYS_8_TO_6: WorkingHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startMinute: 8 * 60,
  endMinute: 18 * 60,
}));

const NEW_LOCATION: ClinicInput = {
  name: '',
  address: '',
  city: '',
  state: '',
  zip: '',
  phone: '',
  timeZone: 'America/New_York',
  services: ['Sciatica care'],
  openingHours: WEEKDAYS_8_TO_6,
};

const failure = (e: unknown) => (e instanceof Error ? e.message : 'Could not save.');

/** G5: open and edit locations, and add therapists with their weekly hours. */
export function AdminLocationsPage() {
  return (
    <AdminOnly>
      <Locations />
    </AdminOnly>
  );
}

function Locations() {
  const [clinics, reload] = useAsync('admin-clinics', adminClinics);
  const [editing, setEditing] = useState<AdminClinic | 'new' | 'therapist' | null>(null);
  const [saved, setSaved] = useState<{ id: string; text: string } | null>(null);
  const all = clinics.status === 'done' ? clinics.value : [];
  const done = (id: string, text: string) => {
    setSaved({ id, text });
    setEditing(null);
    reload();
  };
  return (
    <section>
      <PageTitle title="Locations and therapists">Locations and therapists</PageTitle>
      {clinics.status === 'failed' && <p role="alert">{clinics.message}</p>}
      <p role="status">
        {saved && (
          <>
            {saved.text} <Link href={`/clinics/${saved.id}`}>See the public page</Link>
          </>
        )}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Open a new location
        </button>
        <button
          type="button"
          className="button"
          disabled={all.length === 0}
          onClick={() => setEditing('therapist')}
        >
          Add a therapist
        </button>
      </div>
      {/* The form opens above the list, which runs long in a chain of clinics. */}
      {editing === 'therapist' ? (
        <AddTherapistForm
          clinics={all}
          onAdded={(clinic, name) =>
            done(clinic.id, `${name} now works at ${clinic.name}; patients can book them.`)
          }
          onCancel={() => setEditing(null)}
        />
      ) : (
        editing && (
          <LocationForm
            key={editing === 'new' ? 'new' : editing.id}
            clinic={editing === 'new' ? null : editing}
            onSaved={done}
            onCancel={() => setEditing(null)}
          />
        )
      )}
      <EditableTable
        caption={`${all.length} locations`}
        rows={all}
        rowKey={(c) => c.id}
        rowName={(c) => c.name}
        onEdit={setEditing}
        columns={[
          { label: 'Location', cell: (c) => c.name },
          { label: 'City', cell: (c) => `${c.city}, ${c.state} ${c.zip}` },
          { label: 'Time zone', cell: (c) => c.timeZone },
          {
            label: 'Therapists',
            cell: (c) => c.therapists.map((t) => t.name).join(', ') || 'None yet',
          },
        ]}
      />
    </section>
  );
}

function LocationForm({
  clinic,
  onSaved,
  onCancel,
}: {
  clinic: AdminClinic | null;
  onSaved: (id: string, text: string) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<ClinicInput>(() => {
    if (!clinic) return NEW_LOCATION;
    const { name, address, city, state, zip, phone, timeZone, services, openingHours } = clinic;
    return { name, address, city, state, zip, phone, timeZone, services, openingHours };
  });
  const [error, setError] = useState<string | null>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const field = (key: 'name' | 'address' | 'city' | 'state' | 'zip' | 'phone') => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
    required: true,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const save = clinic ? updateClinic(clinic.id, form) : openClinic(form);
    save.then(
      ({ id }) =>
        onSaved(
          id,
          clinic
            ? `Saved ${form.name}.`
            : `Opened ${form.name}. It shows in clinic search straight away.`,
        ),
      (e: unknown) => setError(failure(e)),
    );
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby="location-form-title">
      <h2 id="location-form-title" ref={heading} tabIndex={-1}>
        {clinic ? `Edit ${clinic.name}` : 'Open a new location'}
      </h2>
      <TextField label="Name" {...field('name')} />
      <TextField label="Street address" {...field('address')} />
      <div className="program-fields">
        <TextField label="City" {...field('city')} />
        <TextField
          label="State"
          hint="Two letters, e.g. AZ"
          maxLength={2}
          {...field('state')}
          onChange={(e) => setForm({ ...form, state: e.target.value.toUpperCase() })}
        />
        <TextField
          label="ZIP code"
          hint="Sets the map position"
          inputMode="numeric"
          maxLength={5}
          {...field('zip')}
        />
      </div>
      <TextField label="Phone" type="tel" {...field('phone')} />
      <label className="text-field">
        Time zone
        <select
          value={form.timeZone}
          onChange={(e) => setForm({ ...form, timeZone: e.target.value })}
        >
          {US_TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label="Services"
        hint="Separated by commas"
        value={form.services.join(', ')}
        onChange={(e) =>
          setForm({
            ...form,
            services: e.target.value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
      />
      <WeeklyHoursFields
        hours={form.openingHours}
        onChange={(openingHours) => setForm({ ...form, openingHours })}
        caption={`Opening hours, in ${form.timeZone}`}
        label="Opening "
      />
      <FormFooter
        error={error}
        submitLabel={clinic ? 'Save location' : 'Open location'}
        onCancel={onCancel}
      />
    </form>
  );
}

function AddTherapistForm({
  clinics,
  onAdded,
  onCancel,
}: {
  clinics: AdminClinic[];
  onAdded: (clinic: AdminClinic, name: string) => void;
  onCancel: () => void;
}) {
  const [clinicId, setClinicId] = useState(clinics[0]!.id);
  const clinic = clinics.find((c) => c.id === clinicId) ?? clinics[0]!;
  const [name, setName] = useState('');
  const [credentials, setCredentials] = useState('PT, DPT');
  const [bio, setBio] = useState('');
  // A new therapist starts with the location's opening hours; the admin trims from there.
  const [hours, setHours] = useState<WorkingHours[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const workingHours = hours ?? clinic.openingHours;
  const heading = useFocusOnMount<HTMLHeadingElement>();

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    addTherapist({ clinicId: clinic.id, name, credentials, bio, workingHours }).then(
      () => onAdded(clinic, name),
      (e: unknown) => setError(failure(e)),
    );
  }

  return (
    <form className="form" onSubmit={submit}>
      <h2 ref={heading} tabIndex={-1}>
        Add a therapist
      </h2>
      <label className="text-field">
        Works at
        <select
          value={clinic.id}
          onChange={(e) => {
            setClinicId(e.target.value);
            setHours(null);
          }}
        >
          {clinics.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="program-fields">
        <TextField
          label="Therapist name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <TextField
          label="Credentials"
          value={credentials}
          onChange={(e) => setCredentials(e.target.value)}
          required
        />
      </div>
      <label className="text-field">
        Short bio
        <textarea value={bio} maxLength={500} rows={3} onChange={(e) => setBio(e.target.value)} />
      </label>
      <WeeklyHoursFields
        hours={workingHours}
        onChange={setHours}
        caption={`Working hours, in ${clinic.timeZone}`}
        label="Working "
      />
      <FormFooter error={error} submitLabel="Add therapist" onCancel={onCancel} />
    </form>
  );
}
