import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { DailyLog, Progress } from '../../domain/progress/progress';

type SessionRow = { date: string; outcome: string; items: string };

const csvCell = (value: string | number) => {
  const text = String(value);
  // Quote anything with separators, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Everything the patient logged, one row per day or session, for a spreadsheet. */
export function progressCsv(logs: readonly DailyLog[], sessions: readonly SessionRow[]): string {
  const rows: (string | number)[][] = [
    [
      'record',
      'date',
      'leg_pain',
      'back_pain',
      'activities',
      'notes',
      'session_outcome',
      'exercises_done',
    ],
  ];
  for (const l of logs)
    rows.push([
      'daily log',
      l.date,
      l.legPain,
      l.backPain,
      l.psfs.map((p) => `${p.activity}: ${p.score}`).join('; '),
      l.notes,
      '',
      '',
    ]);
  for (const s of sessions) {
    const items = JSON.parse(s.items) as { outcome: string }[];
    rows.push([
      'session',
      s.date,
      '',
      '',
      '',
      '',
      s.outcome,
      items.filter((i) => i.outcome === 'done').length,
    ]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A one-page summary to print or bring to an appointment. */
export async function progressPdf(
  name: string,
  progress: Progress,
  logs: readonly DailyLog[],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`ReliefPath progress summary for ${name}`);
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 790;
  const line = (text: string, size = 11, f = font) => {
    page.drawText(text, { x: 50, y, size, font: f, color: rgb(0.09, 0.19, 0.18) });
    y -= size + 8;
  };
  line('ReliefPath progress summary', 20, bold);
  line(name, 13);
  y -= 6;
  for (const sentence of progress.summary) line(sentence);
  y -= 6;
  line(
    `Adherence this week: ${progress.adherence.percent}% (${progress.adherence.done} of ${progress.adherence.prescribed} days)`,
  );
  line(`Days in a row: ${progress.streakDays}`);
  y -= 6;
  line('Daily pain log (0-10)', 13, bold);
  line('Date          Leg   Back', 11, bold);
  for (const l of logs.slice(-30)) {
    if (y < 60) break;
    line(`${l.date}    ${String(l.legPain).padStart(2)}    ${String(l.backPain).padStart(2)}`);
  }
  return pdf.save();
}
