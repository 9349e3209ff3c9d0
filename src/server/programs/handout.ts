import { rgb, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { CHECKIN_RULE_LIST, LIBRARY, POSE_LIST } from '../../../content/catalog';
import type { Pose } from '../../domain/exercises/pose';
import type { Program } from '../../domain/personalization/program';
import { PAGE, createFlow } from '../pdf/flow-layout';

const INK = rgb(0.06, 0.36, 0.35);
const FAINT = rgb(0.42, 0.63, 0.61);
const POSE_SCALE = 0.7;

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
  const flow = await createFlow(`Home program for ${patientName}`);
  const qr = await flow.pdf.embedPng(await QRCode.toBuffer(link, { margin: 1, width: 240 }));
  const qrX = PAGE.width - PAGE.margin - 80;
  flow.page.drawImage(qr, { x: qrX, y: PAGE.top - 90, width: 80, height: 80 });
  flow.page.drawText('Scan to open in ReliefPath', {
    x: qrX - 10,
    y: PAGE.top - 100,
    size: 7,
    font: flow.fonts.regular,
  });
  const beside = 100; // keep the header clear of the code
  flow.text('Your home program', { size: 20, bold: true, inset: beside, after: 6 });
  flow.text(`${patientName}  ·  from ${therapistName}  ·  version ${version}`, {
    size: 11,
    inset: beside,
  });
  if (program.note) flow.text(`Note: ${program.note}`, { size: 11, inset: beside });
  flow.gap(Math.max(0, flow.y - (PAGE.top - 110)));

  for (const item of program.items) {
    const exercise = LIBRARY.exercises.find((e) => e.id === item.exerciseId);
    const variant = exercise?.variants.find((v) => v.id === item.variant);
    if (!exercise || !variant) continue;
    const pose = POSE_LIST.find((p) => p.id === variant.poses[0]);
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
    flow.figure(
      200 * POSE_SCALE,
      150 * POSE_SCALE,
      (page, x, top) => pose && drawPose(page, pose, x, top, POSE_SCALE),
      () => {
        flow.text(`${exercise.name} (${variant.name})`, { size: 12, bold: true });
        flow.text(`${dose}; ${item.sessionsPerDay}× a day, ${item.daysPerWeek} days a week`);
        variant.steps.forEach((step, i) => flow.text(`${i + 1}. ${step}`, { size: 9, after: 2 }));
      },
    );
  }

  flow.keep(120);
  flow.text('Stop and contact your therapist if:', { size: 12, bold: true });
  for (const rule of CHECKIN_RULE_LIST.filter((r) => r.action === 'stop'))
    flow.text(`- ${rule.reason}`, { size: 9, after: 2 });
  flow.text(
    '- You notice numbness between your legs, a change in bladder or bowel control, or weakness in both legs: get emergency care.',
    { size: 9 },
  );
  return flow.save(`Home program for ${patientName}`);
}
