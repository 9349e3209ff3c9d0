import { rgb, type PDFImage, type PDFPage } from 'pdf-lib';
import { WORDS } from '../../../content/messages/words';
import QRCode from 'qrcode';
import { CATALOGS } from '../../../content/catalog';
import type { Locale } from '../../domain/i18n/locale';
import type { Exercise } from '../../domain/exercises/library';
import type { Program } from '../../domain/personalization/program';
import { exerciseBlock, prescribedExercise } from '../pdf/exercise-block';
import { MUTED, RULE, createFlow, type Flow } from '../pdf/flow-layout';
import { PRINT_STYLES, type PrintSize, type PrintStyle } from '../pdf/print-style';
import { dayInWords, initialsOf, localDate } from '../pdf/words';
import { wrapLink } from '../pdf/wrap';

const TEAL = rgb(0.06, 0.36, 0.35);

export type HandoutInput = {
  patientName: string;
  therapistName: string;
  /** The therapist's location, when they have one. */
  clinicName: string | null;
  /** Where the dates are counted: the clinic's zone, else UTC. */
  timeZone: string;
  version: number;
  /** When this version was assigned (ms since the epoch). */
  assignedAt: number;
  printedAt: Date;
  program: Program;
  /** Where the QR code leads; also written out under it. */
  link: string;
  size?: PrintSize;
  /** The library the items come from (the app's own unless told). */
  exercises?: readonly Exercise[];
  /** The patient's language, as the therapist chose it for this print. */
  locale: Locale;
};

/** The QR code in a framed box of its own, with what it is for and the link written out. */
function qrBox(flow: Flow, qr: PDFImage, link: string, style: PrintStyle, title: string) {
  const pad = 10;
  const caption = style.small;
  const inner = style.qrBox - 2 * pad;
  const titleLines = flow.lines(title, inner, caption, true);
  const linkLines = wrapLink(link, (t) => flow.fonts.regular.widthOfTextAtSize(t, caption), inner);
  const leading = caption * 1.3;
  const height = pad + style.qr + 8 + leading * (titleLines.length + linkLines.length) + pad;
  return {
    width: style.qrBox,
    height,
    side: 'right' as const,
    gutter: 18,
    draw: (page: PDFPage, x: number, top: number) => {
      page.drawRectangle({
        x,
        y: top - height,
        width: style.qrBox,
        height,
        color: rgb(1, 1, 1),
        borderColor: RULE,
        borderWidth: 1,
      });
      const centre = x + style.qrBox / 2;
      page.drawImage(qr, {
        x: centre - style.qr / 2,
        y: top - pad - style.qr,
        width: style.qr,
        height: style.qr,
      });
      let base = top - pad - style.qr - 8 - caption;
      for (const line of titleLines) {
        flow.label(page, line, centre, base, { size: caption, bold: true, align: 'center' });
        base -= leading;
      }
      for (const line of linkLines) {
        flow.label(page, line, centre, base, { size: caption, color: MUTED, align: 'center' });
        base -= leading;
      }
    },
  };
}

/**
 * A printable home program (F4), like a clinic hands out: a header with the clinic, therapist,
 * the patient's initials, the date and the program's version beside a QR code in its own box;
 * when to stop and when to go gentler; then each exercise with its figure, dose in plain words
 * (and the words to move to, for a repeated movement), numbered steps, why it helps and what to
 * take care with. `size: 'large'` sets the body in 16 pt for older eyes.
 */
export async function programHandout(input: HandoutInput): Promise<Uint8Array> {
  const { locale } = input;
  const words = WORDS[locale];
  const { say } = words;
  const { CHECKIN_RULE_LIST, EMERGENCY_INSTRUCTION, LIBRARY } = CATALOGS[locale];
  const style = PRINT_STYLES[input.size ?? 'standard'];
  const who = initialsOf(input.patientName);
  const flow = await createFlow(say('handout.docTitle', { who }), locale);
  const qr = await flow.pdf.embedPng(await QRCode.toBuffer(input.link, { margin: 2, width: 360 }));
  const day = (at: number | Date) => dayInWords(localDate(at, input.timeZone), locale);

  flow.beside(qrBox(flow, qr, input.link, style, say('handout.scan')), () => {
    flow.text(input.clinicName ?? 'ReliefPath', { size: style.body, bold: true, color: TEAL });
    flow.text(say('handout.title'), { size: style.title, bold: true, after: 8 });
    const facts: [string, string][] = [
      [say('handout.for'), who],
      [say('handout.therapist'), input.therapistName],
      [
        say('handout.program'),
        say('handout.programValue', { version: input.version, day: day(input.assignedAt) }),
      ],
      [say('handout.printed'), day(input.printedAt)],
    ];
    const labelWidth =
      Math.max(...facts.map(([k]) => flow.fonts.bold.widthOfTextAtSize(`${k}: `, style.body))) + 4;
    for (const [key, value] of facts)
      flow.text(value, { size: style.body, label: `${key}:`, labelWidth, after: 2 });
  });
  flow.gap(14);
  if (input.program.note)
    flow.panel(() => {
      flow.text(say('handout.note', { therapist: input.therapistName }), {
        size: style.body,
        bold: true,
        after: 2,
      });
      flow.text(input.program.note, { size: style.body, after: 0 });
    });
  flow.gap(6);
  flow.text(say('handout.intro'), { size: style.body, after: 8 });
  const bullet = { size: style.body, label: '•', after: 4 } as const;
  flow.panel(() => {
    flow.text(say('handout.stop'), { size: style.heading, bold: true, after: 6 });
    for (const rule of CHECKIN_RULE_LIST.filter((r) => r.action === 'stop'))
      flow.text(rule.instruction, bullet);
    flow.text(EMERGENCY_INSTRUCTION, { ...bullet, bold: true });
  });
  flow.gap(8);
  flow.panel(() => {
    flow.text(say('handout.gentler'), { size: style.heading, bold: true, after: 6 });
    for (const rule of CHECKIN_RULE_LIST.filter((r) => r.action !== 'stop'))
      flow.text(rule.instruction, bullet);
  });
  flow.gap(style.body * 1.6);

  let n = 0;
  for (const item of input.program.items) {
    const exercise = (input.exercises ?? LIBRARY.exercises).find((e) => e.id === item.exerciseId);
    const variant = exercise?.variants.find((v) => v.id === item.variant);
    if (!exercise || !variant) continue;
    exerciseBlock(flow, prescribedExercise(exercise, variant, item, words), style, ++n, words);
  }

  return flow.save(say('handout.saveTitle', { who, version: input.version }), style.footer);
}
