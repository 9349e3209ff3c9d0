import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { CHECKIN_RULE_LIST, LIBRARY, POSE_LIST } from '../../../content/catalog';
import type { Pose } from '../../domain/exercises/pose';
import type { Program } from '../../domain/personalization/program';

const INK = rgb(0.06, 0.36, 0.35);
const FAINT = rgb(0.42, 0.63, 0.61);

/** The same line figures as the app, drawn with PDF lines (y flipped, scaled into a box). */
function drawPose(page: PDFPage, pose: Pose, x: number, top: number, scale: number) {
  const at = ([px, py]: [number, number]) => ({ x: x + px * scale, y: top - py * scale });
  const stroke = (points: [number, number][], color = INK) => {
    for (let i = 1; i < points.length; i++)
      page.drawLine({
        start: at(points[i - 1]!),
        end: at(points[i]!),
        thickness: 3,
        color,
        lineCap: 1,
      });
  };
  page.drawRectangle({
    x,
    y: top - 150 * scale,
    width: 200 * scale,
    height: 150 * scale,
    color: rgb(0.93, 0.96, 0.95),
  });
  for (const side of ['far', 'near'] as const) {
    const l = pose[side];
    const color = side === 'far' ? FAINT : INK;
    stroke([pose.neck, l.elbow, l.hand], color);
    stroke([pose.hip, l.knee, l.ankle, l.toe], color);
  }
  stroke([pose.hip, pose.neck]);
  stroke([pose.neck, pose.head]);
  page.drawCircle({ ...at(pose.head), size: 8.5 * scale, color: INK });
}

/** A printable home program (F4): each exercise with its picture, steps and dose, the stop rules, and a QR code back to the app. */
export async function programHandout(
  patientName: string,
  therapistName: string,
  version: number,
  program: Program,
  link: string,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Home program for ${patientName}`);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const qr = await pdf.embedPng(await QRCode.toBuffer(link, { margin: 1, width: 240 }));
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const text = (value: string, size = 10, f = font, x = 50) => {
    page.drawText(value, {
      x,
      y,
      size,
      font: f,
      color: rgb(0.09, 0.19, 0.18),
      maxWidth: 495 - (x - 50),
    });
    y -= size + 6;
  };
  text('Your home program', 20, bold);
  text(`${patientName}  ·  from ${therapistName}  ·  version ${version}`, 11);
  page.drawImage(qr, { x: 465, y: 700, width: 80, height: 80 });
  page.drawText('Scan to open in ReliefPath', { x: 455, y: 690, size: 7, font });
  if (program.note) text(`Note: ${program.note}`, 11);
  y -= 8;

  for (const item of program.items) {
    const exercise = LIBRARY.exercises.find((e) => e.id === item.exerciseId);
    const variant = exercise?.variants.find((v) => v.id === item.variant);
    if (!exercise || !variant) continue;
    if (y < 260) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
    const pose = POSE_LIST.find((p) => p.id === variant.poses[0]);
    if (pose) drawPose(page, pose, 50, y, 0.7);
    const top = y;
    const sides = !exercise.sided
      ? ''
      : item.sides === 'both'
        ? ' each side'
        : ` on the ${item.sides} side only`;
    const sets = item.sets > 1 ? `, ${item.sets} sets` : '';
    const props = item.props.length ? `; use a ${item.props.join(', ')}` : '';
    const dose =
      exercise.dose.mode === 'hold'
        ? `Hold ${item.holdSeconds} s, ${item.reps} times${sides}${sets}${props}`
        : `${item.reps} slow breaths${sets}`;
    text(`${exercise.name} (${variant.name})`, 12, bold, 200);
    text(`${dose}; ${item.sessionsPerDay}× a day, ${item.daysPerWeek} days a week`, 10, font, 200);
    variant.steps.forEach((step, i) => text(`${i + 1}. ${step}`, 9, font, 200));
    y = Math.min(y, top - 115) - 12;
  }

  if (y < 200) {
    page = pdf.addPage([595, 842]);
    y = 790;
  }
  text('Stop and contact your therapist if:', 12, bold);
  for (const rule of CHECKIN_RULE_LIST.filter((r) => r.action === 'stop'))
    text(`- ${rule.reason}`, 9);
  text(
    '- You notice numbness between your legs, a change in bladder or bowel control, or weakness in both legs: get emergency care.',
    9,
  );
  return pdf.save();
}
