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
import { zoneName } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { AdminOnly } from './admin';
import {
  AdminTextField,
  fieldErrorsOf,
  formErrorOf,
  useFocusFirstProblem,
  type FieldErrors,
  under,
} from './admin-fields';
import { WeeklyHoursFields } from './admin-hours';
import { CloseLocation, LocationStaff, VisitsToMove, type Outcome } from './admin-staff';
import { useStaffT } from '../i18n/staff';

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

/** G5: open and edit locations, and add therapists with their weekly hours. */
export function AdminLocationsPage() {
  return (
    <AdminOnly>
      <Locations />
    </AdminOnly>
  );
}

function Locations() {
  const t = useStaffT();
  const [clinics, reload] = useAsync('admin-clinics', adminClinics);
  const [editing, setEditing] = useState<{ id: string } | 'new' | 'therapist' | null>(null);
  const [saved, setSaved] = useState<{ id: string; text: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const all = clinics.status === 'done' ? clinics.value : [];
  const open = all.filter((c) => !c.closed);
  const editingClinic =
    editing && typeof editing === 'object' ? all.find((c) => c.id === editing.id) : undefined;
  const done = (id: string, text: string) => {
    setSaved({ id, text });
    setOutcome(null);
    setEditing(null);
    reload();
  };
  const changed = (next: Outcome) => {
    setSaved(null);
    setOutcome(next);
    reload();
  };
  return (
    <section>
      <PageTitle title={t('admin.nav.locations')}>{t('admin.nav.locations')}</PageTitle>
      {clinics.status === 'failed' && <p role="alert">{clinics.message}</p>}
      <p role="status">
        {saved && (
          <>
            {saved.text} <Link href={`/clinics/${saved.id}`}>{t('admin.publicPage')}</Link>
          </>
        )}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('admin.openNew')}
        </button>
        <button
          type="button"
          className="button"
          disabled={open.length === 0}
          onClick={() => setEditing('therapist')}
        >
          {t('admin.addTherapist')}
        </button>
      </div>
      {/* The form opens above the list, which runs long in a chain of clinics. */}
      {editing === 'therapist' ? (
        <AddTherapistForm
          clinics={open}
          onAdded={(clinic, name) =>
            done(clinic.id, t('admin.nowWorks', { name, clinic: clinic.name }))
          }
          onCancel={() => setEditing(null)}
        />
      ) : editing === 'new' ? (
        <LocationForm key="new" clinic={null} onSaved={done} onCancel={() => setEditing(null)} />
      ) : (
        editingClinic && (
          <>
            <LocationForm
              key={editingClinic.id}
              clinic={editingClinic}
              onSaved={done}
              onCancel={() => setEditing(null)}
            />
            <VisitsToMove outcome={outcome} />
            <LocationStaff clinic={editingClinic} onChanged={changed} />
            <CloseLocation clinic={editingClinic} onChanged={changed} />
          </>
        )
      )}
      <EditableTable
        caption={t('admin.locationCount', { count: all.length })}
        rows={all}
        rowKey={(c) => c.id}
        rowName={(c) => c.name}
        onEdit={(c) => {
          setOutcome(null);
          setEditing({ id: c.id });
        }}
        columns={[
          { label: t('admin.location'), cell: (c) => <span translate="no">{c.name}</span> },
          {
            label: t('admin.city'),
            cell: (c) => <span translate="no">{`${c.city}, ${c.state} ${c.zip}`}</span>,
          },
          { label: t('admin.timeZone'), cell: (c) => zoneName(c.timeZone) },
          {
            label: t('admin.therapists'),
            cell: (c) =>
              c.therapists
                .filter((th) => th.active)
                .map((th) => th.name)
                .join(', ') || t('admin.noneYet'),
          },
          {
            label: t('admin.status'),
            cell: (c) =>
              c.closed ? (
                <span className="badge closed">{t('admin.statusClosed')}</span>
              ) : (
                t('admin.statusOpen')
              ),
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useFocusFirstProblem(errors);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const t = useStaffT();
  const field = (key: 'name' | 'address' | 'city' | 'state' | 'zip' | 'phone') => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
    required: true,
    error: errors[key],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const save = clinic ? updateClinic(clinic.id, form) : openClinic(form);
    save.then(
      ({ id }) => onSaved(id, t(clinic ? 'admin.saved' : 'admin.opened', { name: form.name })),
      (e: unknown) => {
        const shown = fieldErrorsOf(e);
        setErrors(shown);
        setError(formErrorOf(e, shown, t('admin.saveFailed')));
      },
    );
  }

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      aria-labelledby="location-form-title"
      noValidate
    >
      <h2 id="location-form-title" ref={heading} tabIndex={-1}>
        {clinic ? t('admin.editName', { name: clinic.name }) : t('admin.openNew')}
      </h2>
      <AdminTextField label={t('admin.name')} {...field('name')} />
      <AdminTextField label={t('admin.address')} {...field('address')} />
      <div className="program-fields">
        <AdminTextField label={t('admin.city')} {...field('city')} />
        <AdminTextField
          label={t('admin.state')}
          hint={t('admin.stateHint')}
          maxLength={2}
          {...field('state')}
          onChange={(e) => setForm({ ...form, state: e.target.value.toUpperCase() })}
        />
        <AdminTextField
          label={t('admin.zip')}
          hint={t('admin.zipHint')}
          inputMode="numeric"
          maxLength={5}
          {...field('zip')}
        />
      </div>
      <AdminTextField label={t('admin.phone')} type="tel" {...field('phone')} />
      <label className="text-field">
        {t('admin.timeZone')}
        <select
          value={form.timeZone}
          onChange={(e) => setForm({ ...form, timeZone: e.target.value })}
        >
          {US_TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zoneName(zone)} ({zone.split('/')[1]?.replace('_', ' ')})
            </option>
          ))}
        </select>
      </label>
      <AdminTextField
        label={t('admin.services')}
        hint={t('admin.servicesHint')}
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
        caption={t('admin.openingHours', { zone: zoneName(form.timeZone) })}
        label={`${t('admin.opening')} `}
        errors={under(errors, 'openingHours.')}
      />
      <FormFooter
        error={error}
        submitLabel={t(clinic ? 'admin.saveLocation' : 'admin.openLocation')}
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useFocusFirstProblem(errors);
  const workingHours = hours ?? clinic.openingHours;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const t = useStaffT();

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    addTherapist({ clinicId: clinic.id, name, credentials, bio, workingHours }).then(
      () => onAdded(clinic, name),
      (e: unknown) => {
        const shown = fieldErrorsOf(e);
        setErrors(shown);
        setError(formErrorOf(e, shown, t('admin.saveFailed')));
      },
    );
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        {t('admin.addTherapist')}
      </h2>
      <label className="text-field">
        {t('admin.worksAt')}
        <select
          translate="no"
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
        <AdminTextField
          label={t('admin.therapistName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          error={errors.name}
        />
        <AdminTextField
          label={t('admin.credentials')}
          value={credentials}
          onChange={(e) => setCredentials(e.target.value)}
          required
          error={errors.credentials}
        />
      </div>
      <label className="text-field">
        {t('admin.bio')}
        <textarea value={bio} maxLength={500} rows={3} onChange={(e) => setBio(e.target.value)} />
      </label>
      <WeeklyHoursFields
        hours={workingHours}
        onChange={setHours}
        caption={t('admin.workingHoursIn', { zone: zoneName(clinic.timeZone) })}
        label={`${t('admin.working')} `}
        errors={under(errors, 'workingHours.')}
      />
      <FormFooter error={error} submitLabel={t('admin.addTherapistButton')} onCancel={onCancel} />
    </form>
  );
}
