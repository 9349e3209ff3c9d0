import { useState } from 'react';
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
import { LOCALE_NAME, LOCALES, type Locale } from '../../domain/i18n/locale';
import { useCatalog } from '../i18n/catalog';
import { useStaffT } from '../i18n/staff';
import { propNames } from '../components/demands';
import { formatDay } from '../components/format';
import { useAsync } from '../hooks/use-async';
import { failureWords } from '../messages';

/** F2: choose exercises, versions and doses; every save is a new version the patient sees at once. */
export function ProgramBuilder({
  patientId,
  patientLocale,
}: {
  patientId: string;
  /** The handout starts in the patient's own language; the therapist can pick another. */
  patientLocale: Locale;
}) {
  const t = useStaffT();
  const { LIBRARY, PLAN_RULES, PROGRESSION } = useCatalog();
  const exerciseName = (id: string) => LIBRARY.exercises.find((e) => e.id === id)?.name ?? id;
  const [history, reloadHistory] = useAsync(`program|${patientId}`, () =>
    programHistory(patientId),
  );
  const [templates, reloadTemplates] = useAsync('templates', listTemplates);
  const current = history.status === 'done' ? history.value[0] : undefined;
  const [draft, setDraft] = useState<Program | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [templateName, setTemplateName] = useState('');
  const [printSize, setPrintSize] = useState<'standard' | 'large'>('standard');
  const [handoutLocale, setHandoutLocale] = useState<Locale>(patientLocale);
  if (history.status !== 'done') return <p aria-live="polite">{t('builder.loading')}</p>;
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
      setMessage(t('builder.assigned', { version: saved.version }));
      reloadHistory();
    } catch (e) {
      setMessage(failureWords(e, t('builder.saveFailed')));
    }
  }

  return (
    <section className="program-builder" aria-labelledby="program-heading">
      <h2 id="program-heading">{t('builder.title')}</h2>
      <p className="meta">
        {current
          ? t('builder.current', {
              version: current.version,
              day: formatDay(current.createdAt.slice(0, 10), 'short'),
            })
          : t('builder.none')}
      </p>
      {current && (
        <div className="search-row">
          <label className="field select">
            {t('builder.printSize')}
            <select
              value={printSize}
              onChange={(e) => setPrintSize(e.target.value === 'large' ? 'large' : 'standard')}
            >
              <option value="standard">{t('builder.standard')}</option>
              <option value="large">{t('builder.large')}</option>
            </select>
          </label>
          <label className="field select">
            {t('builder.handoutLanguage')}
            <select
              value={handoutLocale}
              onChange={(e) => setHandoutLocale(e.target.value === 'es' ? 'es' : 'en')}
            >
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {LOCALE_NAME[locale]}
                </option>
              ))}
            </select>
          </label>
          <a
            className="button"
            href={`/api/v1/therapist/patients/${patientId}/program/handout.pdf?${new URLSearchParams(
              {
                locale: handoutLocale,
                ...(printSize === 'large' ? { size: 'large' } : {}),
              },
            )}`}
            download
          >
            {t('builder.handout')}
          </a>
        </div>
      )}
      {templates.status === 'done' && templates.value.length > 0 && (
        <label className="field select">
          {t('builder.fromTemplate')}
          <select
            defaultValue=""
            onChange={(e) =>
              setDraft(templates.value.find((p) => p.id === e.target.value)?.program ?? program)
            }
          >
            <option value="">{t('builder.chooseTemplate')}</option>
            {templates.value.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field select">
        {t('builder.fromStage')}
        <select
          defaultValue=""
          aria-describedby="stage-start-hint"
          onChange={(e) => {
            const stage = PROGRESSION.stages.find((s) => String(s.number) === e.target.value);
            if (!stage) return;
            setDraft(stageStarter(stage, PROGRESSION.items, LIBRARY.exercises, program));
            setMessage(t('builder.stageTicked', { number: stage.number, stage: stage.name }));
          }}
        >
          <option value="">{t('builder.chooseStage')}</option>
          {PROGRESSION.stages.map((s) => (
            <option key={s.number} value={s.number}>
              {t('builder.stageOption', {
                number: s.number,
                count: PROGRESSION.stages.length,
                stage: s.name,
              })}
            </option>
          ))}
        </select>
        <span id="stage-start-hint" className="hint">
          {t('builder.pressUpHint', { exercise: exerciseName('prone-press-up') })}
        </span>
      </label>
      {FAMILIES.map((family) => (
        <section key={family} className="program-family" aria-labelledby={`builder-${family}`}>
          <h3 id={`builder-${family}`}>{t(`family.${family}.title`)}</h3>
          {LIBRARY.exercises
            .filter((e) => e.family === family)
            .map((exercise) => {
              const item = itemFor(exercise.id);
              const label = (field: string) =>
                t('builder.field', { exercise: exercise.name, field });
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
                        {t('builder.version')}
                        <select
                          aria-label={label(t('builder.version'))}
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
                                ['holdSeconds', t('builder.hold'), 1, 120],
                                [
                                  'reps',
                                  t(exercise.sided ? 'builder.repsPerSide' : 'builder.reps'),
                                  1,
                                  20,
                                ],
                              ] as const)
                            : exercise.dose.mode === 'reps'
                              ? ([
                                  [
                                    'reps',
                                    t(
                                      exercise.sided
                                        ? 'builder.movementsPerSide'
                                        : 'builder.movements',
                                    ),
                                    1,
                                    20,
                                  ],
                                ] as const)
                              : ([['reps', t('builder.breaths'), 1, 20]] as const)),
                          ['sets', t('builder.sets'), 1, 5],
                          ['sessionsPerDay', t('builder.sessionsPerDay'), 1, 4],
                          ['daysPerWeek', t('builder.daysPerWeek'), 1, 7],
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
                          {t('builder.sides')}
                          <select
                            aria-label={label(t('builder.sides'))}
                            value={item.sides}
                            onChange={(e) =>
                              update(exercise.id, { sides: e.target.value as ProgramItem['sides'] })
                            }
                          >
                            {(['both', 'left', 'right'] as const).map((side) => (
                              <option key={side} value={side}>
                                {t('builder.side', { side })}
                              </option>
                            ))}
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
                          <span>{t('builder.useProp', { prop: propNames([prop], t)[0]! })}</span>
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
        <legend>{t('builder.lift')}</legend>
        <p className="hint">{t('builder.liftHint')}</p>
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
                      : program.loosen.filter((trigger) => trigger !== rule.trigger),
                  })
                }
              />
              <span>{rule.liftLabel}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="text-field">
        {t('builder.note')}
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
          {t('builder.assign')}
        </button>
        <label className="text-field inline">
          {t('builder.templateName')}
          <input value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
        </label>
        <button
          type="button"
          className="button"
          disabled={templateName.trim().length < 2 || program.items.length === 0}
          onClick={() =>
            void saveTemplate(templateName, program).then(() => {
              setMessage(t('builder.templateSaved'));
              reloadTemplates();
            })
          }
        >
          {t('builder.saveTemplate')}
        </button>
      </div>
      {history.value.length > 0 && (
        <details>
          <summary>{t('builder.earlier', { count: history.value.length })}</summary>
          <ol reversed>
            {history.value.map((v) => (
              <li key={v.version}>
                {t('builder.earlierVersion', {
                  version: v.version,
                  day: formatDay(v.createdAt.slice(0, 10), 'short'),
                  therapist: v.therapistName,
                  exercises: v.program.items.map((i) => exerciseName(i.exerciseId)).join(', '),
                })}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
