import { useState } from 'react';
import { LIBRARY, PLAN_RULES, PROGRESSION } from '../../../content/catalog';
import {
  assignProgram,
  listTemplates,
  programHistory,
  saveTemplate,
  type Program,
  type ProgramItem,
} from '../api';
import { FAMILIES } from '../../domain/exercises/library';
import { startingItem } from '../../domain/personalization/program';
import { stageStarter } from '../../domain/progression/program';
import { useT } from '../i18n/i18n';
import { formatDay } from '../components/format';
import { useAsync } from '../hooks/use-async';
import { failureWords } from '../messages';

const exerciseName = (id: string) => LIBRARY.exercises.find((e) => e.id === id)?.name ?? id;

/** F2: choose exercises, versions and doses; every save is a new version the patient sees at once. */
export function ProgramBuilder({ patientId }: { patientId: string }) {
  const t = useT();
  const [history, reloadHistory] = useAsync(`program|${patientId}`, () =>
    programHistory(patientId),
  );
  const [templates, reloadTemplates] = useAsync('templates', listTemplates);
  const current = history.status === 'done' ? history.value[0] : undefined;
  const [draft, setDraft] = useState<Program | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [templateName, setTemplateName] = useState('');
  const [printSize, setPrintSize] = useState<'standard' | 'large'>('standard');
  if (history.status !== 'done') return <p aria-live="polite">Loading the program…</p>;
  const program: Program = draft ?? current?.program ?? { items: [], note: '', loosen: [] };

  const itemFor = (id: ProgramItem['exerciseId']) => program.items.find((i) => i.exerciseId === id);
  const update = (id: ProgramItem['exerciseId'], change: Partial<ProgramItem> | null) => {
    const exercise = LIBRARY.exercises.find((e) => e.id === id)!;
    const existing = itemFor(id);
    const items =
      change === null
        ? program.items.filter((i) => i.exerciseId !== id)
        : existing
          ? program.items.map((i) => (i.exerciseId === id ? { ...i, ...change } : i))
          : [...program.items, { ...startingItem(exercise), ...change }];
    setDraft({ ...program, items });
  };

  async function assign() {
    try {
      const saved = await assignProgram(patientId, program);
      setDraft(null);
      setMessage(
        `Version ${saved.version} assigned. Your patient sees it the next time they open their plan.`,
      );
      reloadHistory();
    } catch (e) {
      setMessage(failureWords(e, 'Could not save.'));
    }
  }

  return (
    <section className="program-builder" aria-labelledby="program-heading">
      <h2 id="program-heading">Home program</h2>
      <p className="meta">
        {current
          ? `Current: version ${current.version}, ${formatDay(current.createdAt.slice(0, 10), 'short')}`
          : 'No program assigned yet: the patient gets the standard routine.'}
      </p>
      {current && (
        <div className="search-row">
          <label className="field select">
            Handout type size
            <select
              value={printSize}
              onChange={(e) => setPrintSize(e.target.value === 'large' ? 'large' : 'standard')}
            >
              <option value="standard">Standard</option>
              <option value="large">Large print (16 pt, for older eyes)</option>
            </select>
          </label>
          <a
            className="button"
            href={`/api/v1/therapist/patients/${patientId}/program/handout.pdf${printSize === 'large' ? '?size=large' : ''}`}
            download
          >
            Printable handout (PDF)
          </a>
        </div>
      )}
      {templates.status === 'done' && templates.value.length > 0 && (
        <label className="field select">
          Start from a template
          <select
            defaultValue=""
            onChange={(e) =>
              setDraft(templates.value.find((t) => t.id === e.target.value)?.program ?? program)
            }
          >
            <option value="">Choose a template…</option>
            {templates.value.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field select">
        Start from a stage
        <select
          defaultValue=""
          aria-describedby="stage-start-hint"
          onChange={(e) => {
            const stage = PROGRESSION.stages.find((s) => String(s.number) === e.target.value);
            if (!stage) return;
            setDraft(stageStarter(stage, PROGRESSION.items, LIBRARY.exercises, program));
            setMessage(
              `Stage ${stage.number}, ${stage.name}: its exercises are ticked below. Nothing is saved until you assign it.`,
            );
          }}
        >
          <option value="">Choose a stage…</option>
          {PROGRESSION.stages.map((s) => (
            <option key={s.number} value={s.number}>
              Stage {s.number} of {PROGRESSION.stages.length}: {s.name}
            </option>
          ))}
        </select>
        <span id="stage-start-hint" className="hint">
          The press-up is never ticked for you: add it only if your patient’s leg symptoms move up
          toward the back with it.
        </span>
      </label>
      {FAMILIES.map((family) => (
        <section key={family} className="program-family" aria-labelledby={`builder-${family}`}>
          <h3 id={`builder-${family}`}>{t(`family.${family}.title`)}</h3>
          {LIBRARY.exercises
            .filter((e) => e.family === family)
            .map((exercise) => {
              const item = itemFor(exercise.id);
              const label = (text: string) => `${exercise.name}: ${text}`;
              return (
                <fieldset key={exercise.id} className="field program-item">
                  <legend>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={Boolean(item)}
                        onChange={(e) => update(exercise.id, e.target.checked ? {} : null)}
                      />
                      <span>{exercise.name}</span>
                    </label>
                  </legend>
                  {item && (
                    <div className="program-fields">
                      <label className="text-field">
                        Version
                        <select
                          aria-label={label('version')}
                          value={item.variant}
                          onChange={(e) => update(exercise.id, { variant: e.target.value })}
                        >
                          {exercise.variants.map((v) => (
                            <option key={v.id} value={v.id}>
                              {v.name}
                            </option>
                          ))}
                        </select>
                      </label>
                      {(
                        [
                          ...(exercise.dose.mode === 'hold'
                            ? ([
                                ['holdSeconds', 'Hold (s)', 1, 120],
                                ['reps', exercise.sided ? 'Reps per side' : 'Reps', 1, 20],
                              ] as const)
                            : exercise.dose.mode === 'reps'
                              ? ([
                                  [
                                    'reps',
                                    exercise.sided ? 'Movements per side' : 'Movements',
                                    1,
                                    20,
                                  ],
                                ] as const)
                              : ([['reps', 'Slow breaths', 1, 20]] as const)),
                          ['sets', 'Sets', 1, 5],
                          ['sessionsPerDay', 'Sessions a day', 1, 4],
                          ['daysPerWeek', 'Days a week', 1, 7],
                        ] as const
                      ).map(([key, text, min, max]) => (
                        <label key={key} className="text-field">
                          {text}
                          <input
                            type="number"
                            min={min}
                            max={max}
                            aria-label={label(text)}
                            value={item[key]}
                            onChange={(e) => update(exercise.id, { [key]: Number(e.target.value) })}
                          />
                        </label>
                      ))}
                      {exercise.sided && (
                        <label className="text-field">
                          Sides
                          <select
                            aria-label={label('sides')}
                            value={item.sides}
                            onChange={(e) =>
                              update(exercise.id, { sides: e.target.value as ProgramItem['sides'] })
                            }
                          >
                            <option value="both">Both</option>
                            <option value="left">Left only</option>
                            <option value="right">Right only</option>
                          </select>
                        </label>
                      )}
                      {(
                        exercise.variants.find((v) => v.id === item.variant)?.demands.props ?? []
                      ).map((prop) => (
                        <label key={prop} className="choice">
                          <input
                            type="checkbox"
                            checked={item.props.includes(prop)}
                            onChange={(e) =>
                              update(exercise.id, {
                                props: e.target.checked
                                  ? [...item.props, prop]
                                  : item.props.filter((p) => p !== prop),
                              })
                            }
                          />
                          <span>Use a {prop}</span>
                        </label>
                      ))}
                    </div>
                  )}
                </fieldset>
              );
            })}
        </section>
      ))}
      <fieldset className="field">
        <legend>Lift a restriction on purpose</legend>
        <p className="hint">
          Only when you have seen the patient do it safely. Everything else the patient tells us
          still applies, and their check-ins still stop a session.
        </p>
        <div className="choices">
          {PLAN_RULES.restrictions.map((rule) => (
            <label key={rule.id} className="choice">
              <input
                type="checkbox"
                checked={program.loosen.includes(rule.trigger)}
                onChange={(e) =>
                  setDraft({
                    ...program,
                    loosen: e.target.checked
                      ? [...program.loosen, rule.trigger]
                      : program.loosen.filter((t) => t !== rule.trigger),
                  })
                }
              />
              <span>{rule.liftLabel}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="text-field">
        Note to the patient
        <textarea
          rows={3}
          value={program.note}
          onChange={(e) => setDraft({ ...program, note: e.target.value })}
        />
      </label>
      <p role="status">{message}</p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={program.items.length === 0}
          onClick={() => void assign()}
        >
          Assign as a new version
        </button>
        <label className="text-field inline">
          Template name
          <input value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
        </label>
        <button
          type="button"
          className="button"
          disabled={templateName.trim().length < 2 || program.items.length === 0}
          onClick={() =>
            void saveTemplate(templateName, program).then(() => {
              setMessage('Template saved.');
              reloadTemplates();
            })
          }
        >
          Save as template
        </button>
      </div>
      {history.value.length > 0 && (
        <details>
          <summary>Earlier versions ({history.value.length})</summary>
          <ol reversed>
            {history.value.map((v) => (
              <li key={v.version}>
                Version {v.version}, {formatDay(v.createdAt.slice(0, 10), 'short')} by{' '}
                {v.therapistName}:{' '}
                {v.program.items.map((i) => exerciseName(i.exerciseId)).join(', ')}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
