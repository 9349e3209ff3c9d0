import { referenceSlots } from '../src/domain/scheduling/reference-slots';
import {
  DAY,
  MINUTE,
  type AppointmentRules,
  type TherapistSchedule,
} from '../src/domain/scheduling/schedule';
import { computeSlots } from '../src/domain/scheduling/slots';
import { ZoneCalendar } from '../src/domain/scheduling/zone-calendar';
import { mulberry32 } from '../src/domain/random';

/**
 * CPU time of the slot engine per therapist-month, against the straightforward per-minute
 * reference in the same run, on identical seeded input (the scheduling-peers design):
 * 2 weekly windows, one day off a month, 4 busy periods a day, 45-minute visits on a
 * 15-minute grid, 120 minutes' notice, buffers 0 and 10, four zones with and without DST.
 */
const THERAPISTS = Number(process.env.BENCH_THERAPISTS ?? 2000);
const DAYS = 30;
const REFERENCE_SAMPLE = Number(process.env.BENCH_REFERENCE_SAMPLE ?? 20);
const ZONES = ['America/New_York', 'America/Phoenix', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const START = Date.UTC(2026, 9, 20); // spans the November DST change in New York

function makeSchedules(count: number, seed: number): TherapistSchedule[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const busy = [];
    for (let d = 0; d < DAYS; d++)
      for (let k = 0; k < 4; k++) {
        const start = START + d * DAY + Math.floor(random() * 96) * 15 * MINUTE;
        busy.push({ start, end: start + 45 * MINUTE });
      }
    const offDay = START + Math.floor(random() * DAYS) * DAY;
    const morning = 8 * 60 + Math.floor(random() * 3) * 30;
    return {
      therapistId: `t${i}`,
      zone: ZONES[i % ZONES.length]!,
      hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday, startMinute: morning, endMinute: 12 * 60 },
        { weekday, startMinute: 13 * 60, endMinute: 17 * 60 + 30 },
      ]),
      timeOff: [{ start: offDay, end: offDay + DAY }],
      busy,
    };
  });
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const range = { start: START, end: START + DAYS * DAY };
const now = START - DAY;
for (const bufferMinutes of [0, 10]) {
  const rules: AppointmentRules = {
    durationMinutes: 45,
    bufferMinutes,
    stepMinutes: 15,
    minNoticeMinutes: 120,
    horizonDays: 60,
  };
  const schedules = makeSchedules(THERAPISTS, 42 + bufferMinutes);

  // Fast engine: a fresh calendar per run, so the zone cache is built inside the timing.
  let slotCount = 0;
  const runs: number[] = [];
  for (let r = 0; r < 11; r++) {
    const ms = cpuMs(() => {
      const calendar = new ZoneCalendar();
      slotCount = 0;
      for (const s of schedules) slotCount += computeSlots(s, rules, range, now, calendar).length;
    });
    if (r > 0) runs.push(ms); // the first run warms up the JIT
  }
  const engineTotal = median(runs);

  const sample = schedules.slice(0, REFERENCE_SAMPLE);
  let mismatches = 0;
  const calendar = new ZoneCalendar();
  const referenceMs = cpuMs(() => {
    for (const s of sample) {
      const expected = referenceSlots(s, rules, range, now);
      const actual = computeSlots(s, rules, range, now, calendar);
      if (expected.length !== actual.length || expected.some((v, i) => v !== actual[i]))
        mismatches++;
    }
  });

  const enginePer = engineTotal / THERAPISTS;
  const referencePer = referenceMs / REFERENCE_SAMPLE;
  console.log(
    `slot search, buffers ${bufferMinutes} min: ${THERAPISTS} therapists × ${DAYS} days, ${slotCount} slots`,
  );
  console.table({
    'engine (median of 10)': {
      'total ms': engineTotal.toFixed(1),
      'ms per therapist-month': enginePer.toFixed(3),
    },
    [`per-minute reference (${REFERENCE_SAMPLE} therapists)`]: {
      'total ms': referenceMs.toFixed(0),
      'ms per therapist-month': referencePer.toFixed(1),
    },
  });
  console.log(
    `speed-up ${Math.round(referencePer / enginePer)}×; mismatches ${mismatches}/${REFERENCE_SAMPLE}; ` +
      `goal ≤ 0.5 ms per therapist-month ${enginePer <= 0.5 ? 'met' : 'NOT met'}, ` +
      `${THERAPISTS} × ${DAYS} in ≤ 1 s ${engineTotal <= 1000 ? 'met' : 'NOT met'}\n`,
  );
}
