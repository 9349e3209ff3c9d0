import type { Words } from '../../src/domain/i18n/words';
import type { ProgressWords } from '../../src/domain/progress/progress';
import type { Issue } from '../../src/domain/i18n/issues';

type DomainMessage = (ProgressWords extends Words<infer Id> ? Id : never) | Issue;

/**
 * Messages only the server says (emails, calendar files, the words of some API answers), kept
 * apart so the browser never downloads them. Same rules as en.ts and es.ts: ICU MessageFormat,
 * every key in both languages, checked by messages.test.ts.
 */
export const SERVER_EN = {
  'plan.yourStage': 'Your stage: “{name}”.',
  'progress.setBaseline': 'Log your pain today to set your starting point.',
  'progress.baseline':
    'Your starting leg pain is {baseline} out of 10. Keep logging to see the trend.',
  'progress.better':
    'Your leg pain is down from {baseline} to {now}: a change big enough to matter ({threshold, plural, one {# point} other {# points}} or more).',
  'progress.worse':
    'Your leg pain is up from {baseline} to {now}. Please talk to your physical therapist before doing more; they can adjust your routine.',
  'progress.steady':
    'Your leg pain is {now} out of 10, close to where you started ({baseline}). Recovery is often slow at first.',
  'progress.daysDone':
    'You stretched on {done} of {planned} planned days {days, plural, =7 {this week} other {in the last # days}}.',
  'progress.sessionsDone':
    'You did {done} of {planned} planned sessions {days, plural, =7 {this week} other {in the last # days}}.',
  'progress.streak': "That's {days} days in a row of stretching. Nice going.",
  'progress.psfsBetter': 'Your everyday activities are getting easier, by a change people notice.',
  'mail.signIn.subject': 'Your ReliefPath sign-in link',
  'mail.signIn.body':
    "Open this link to sign in to ReliefPath. It works once, for {minutes} minutes:\n\n{link}\n\nIf you didn't ask for it, you can ignore this email.",
  'mail.reset.subject': 'Reset your ReliefPath password',
  'mail.reset.body':
    "Open this link to choose a new ReliefPath password. It works once, for {minutes} minutes:\n\n{link}\n\nIf you didn't ask for it, your password stays as it is.",
  'mail.confirmSignUp.subject': 'Finish creating your ReliefPath account',
  'mail.confirmSignUp.body':
    "Hello,\n\nOpen this link to finish creating your ReliefPath account. It works once, for {minutes} minutes:\n\n{link}\n\nIf you didn't sign up, you can ignore this email: no account is made without this link.",
  'mail.alreadyHaveAccount.subject': 'You already have a ReliefPath account',
  'mail.alreadyHaveAccount.body':
    "Someone just tried to create a ReliefPath account with this email address, but it already has one.\n\nIf that was you, open this link to sign in. It works once, for {minutes} minutes:\n\n{link}\n\nIf you forgot your password, you can choose a new one from the sign-in page. If it wasn't you, you can ignore this email: nothing has changed.",
  'mail.visit.when': '{day} at {time}',
  'mail.visit.details':
    '  When:  {when}\n  What:  {type} ({minutes, plural, one {# minute} other {# minutes}}) with {therapist}\n  Where: {where}\n  Phone: {phone}',
  'mail.booked.subject': 'Your visit on {when} is booked',
  'mail.booked.body':
    "Hello,\n\nYour physical therapy visit is booked. Here is what we have:\n\n{details}\n\nThe calendar file attached to this email ({file}) adds the visit to your calendar, with a reminder the day before and two hours before.\n\nIf you need to move or cancel it, use your private link:\n{manage}\n\nPlease keep this link to yourself: anyone who has it can change the visit. If you didn't book this visit, you can cancel it with the same link.\n\nTake care, and see you soon,\n{clinic}",
  'mail.moved.subject': 'Your visit has moved to {when}',
  'mail.moved.body':
    'Hello,\n\nYour visit has a new time. Here is what we have now:\n\n{details}\n\nThe calendar file attached to this email updates the visit that is already in your calendar.\n\nTo move or cancel it again, use this new private link (the one in earlier emails no longer changes the visit):\n{manage}\n\nTake care, and see you soon,\n{clinic}',
  'mail.cancelled.subject': 'Your visit on {when} is cancelled',
  'mail.cancelled.body':
    'Hello,\n\nYour visit is cancelled, and there is nothing else you need to do:\n\n{details}\n\nThe calendar file attached to this email takes the visit out of your calendar.\n\nWhenever you would like to come in, you can pick a new time here:\n{again}\n\nTake care,\n{clinic}',
  'calendar.title': '{type} with {therapist}',
  'calendar.description':
    'Physical therapy at {clinic}. Questions? Call the clinic at {phone}. To move or cancel this visit: {manage}',
  'calendar.alarm': '{hours, plural, =24 {Tomorrow} =2 {In two hours} other {In # hours}}: {title}',
  'clinics.unknownZip': "We don't know the ZIP code {zip}. Check it, or search by city.",
  'clinics.unknownCity': "We couldn't find {city}, {state}. Check the spelling, or search by ZIP.",
  'clinics.centralCity': 'central {city}, {state}',
  'clinics.yourLocation': 'your location',
  'pdf.whyItHelps': 'Why it helps: {why}',
  'pdf.takeCare': 'Take care',
  'handout.scan': 'Scan to open your program',
  'handout.docTitle': 'Home exercise program for {who}',
  'handout.saveTitle': 'Home exercise program for {who}, version {version}',
  'handout.title': 'Your home exercise program',
  'handout.for': 'For',
  'handout.therapist': 'Therapist',
  'handout.program': 'Program',
  'handout.programValue': 'Version {version}, from {day}',
  'handout.printed': 'Printed',
  'handout.note': 'A note from {therapist}',
  'handout.intro':
    'Move slowly and breathe. A stretch should feel like a gentle pull, never pain. Before you start, read when to stop.',
  'handout.stop': 'When to stop',
  'handout.gentler': 'When to go gentler',
  'pdf.page': 'Page {page} of {pages}',
  'summaryPdf.docTitle': 'ReliefPath progress summary for {name}',
  'summaryPdf.saveTitle': 'Progress summary for {name}',
  'summaryPdf.title': 'Your progress summary',
  'summaryPdf.made':
    'Made on {today}. Pain logged on {days, plural, one {# day} other {# days}}, from {first} to {last}.',
  'summaryPdf.madeNoLogs': 'Made on {today}. No pain logged yet.',
  'summaryPdf.painOverTime': 'Pain over time (0 = no pain, 10 = worst)',
  'summaryPdf.weekByWeek': 'Stretching, week by week',
  'summaryPdf.weeksHint': 'Sessions done, out of those planned, in each of the last 6 weeks.',
  'summaryPdf.noStreak':
    'No session today or yesterday yet: your next one starts a new run of days.',
  'summaryPdf.streak': 'Days in a row with a session, up to today: {days}.',
  'summaryPdf.fromProgram': 'Version {version} of your home program from {therapist}.',
  'summaryPdf.fromSession': 'From your latest session, on {day}.',
  'summaryPdf.exercises': 'Your exercises',
  'summaryPdf.everyDay': 'Every day you logged',
  'summaryPdf.day': 'Day',
  'summaryPdf.activities': 'Everyday activities (0 = cannot, 10 = easy)',
  'summaryPdf.notes': 'Notes',
  'summaryPdf.habits': 'Everyday habits',
  'summaryPdf.habitsHint': 'Days you said yes to the habit’s daily question, up to today.',
  'summaryPdf.habit': 'Habit',
  'summaryPdf.lastDays': 'Last {days} days',
  'summaryPdf.lastWeeks': 'Last 4 weeks',
  'summaryPdf.outOf': '{done} of {of}',
  'summaryPdf.skipped': 'Skipped this time.',
  'summaryPdf.stopped': 'Stopped early.',
  'summaryPdf.done': 'Done.',
  'summaryPdf.doneMoving': 'Done: {seconds} seconds of slow movement in all.',
  'summaryPdf.doneHeld': 'Done: held for {seconds} seconds in all.',
  'chart.start': 'Starting leg pain ({pain} out of 10), dashed',
  'chart.band':
    'Shaded band: less than {points, plural, one {# point} other {# points}} from where you started. Below it, your leg pain is better by enough to matter.',
  'chart.weekDone': '{done} of {planned}',
  'chart.weekDonePercent': '{done} of {planned} ({percent}%)',
  'mail.alert.subjectNow': 'ReliefPath: your patient {who} needs you now',
  'mail.alert.subjectReview': 'ReliefPath: please review your patient {who}',
  'mail.alert.body':
    'Hello {name},\n\nYour patient {who} {concern, select, redFlag {reported a red-flag symptom in the safety check and was told to seek care} painRising {has rising leg pain} spreading {reported tingling or numbness spreading down the leg} other {stopped several sessions early for safety}} (on {day}).\n{immediate, select, yes {Please contact them today.} other {Please look at their recent logs and check-ins when you can.}}\n\nDetails, after signing in: {link}\n\nYou get this because {who} is on your ReliefPath care team. Pain scores and notes stay behind the sign-in; email is not private enough for them.',
  'mail.nudge.subject': 'A gentle nudge from ReliefPath',
  'mail.nudge.body':
    'Hello {name},\n\n{missed, plural, one {Yesterday slipped by. That happens.} other {It has been # days since your last stretch.}}\nA short, gentle session today keeps the habit going: {plan}\n\nIf your symptoms have changed or got worse, do the safety check again first: {start}\n\nTo stop these emails, untick “{optOut}” on {progress}',
  'reminderFeed.title': 'Time for your stretches',
  'reminderFeed.description': 'A few gentle minutes with ReliefPath: {link}',
  'reminderFeed.name': 'ReliefPath stretches',
  'problem.fix':
    'Fix the {where, select, query {query string} address {address} other {request body}}: {problems}.',
  'problem.unknownField': 'is not a known field; remove it',
  'problem.required': 'is required ({type})',
  'problem.otherSite': 'This request came from another site and was refused.',
  'problem.csrf': 'The security token is missing or old. Reload the page and try again.',
  'problem.signIn': 'Sign in to see this.',
  'problem.notYourRole': 'Your account cannot use this.',
  'problem.idempotencyKey':
    'Fix the Idempotency-Key header: use 8 to 128 letters, digits, "-" or "_" (a UUID works).',
  'problem.accountGone': 'This account no longer exists.',
  'problem.json': 'Send the body as JSON with the header content-type: application/json.',
  'problem.tooLarge': 'The request body is over {kb} KB. Send less: no request here needs more.',
  'problem.noRoute': 'There is no {method} {path}. See /api/openapi.json for the routes.',
  'problem.nothingHere': 'There is no {method} {path} here.',
  'problem.changedMeanwhile':
    'Something this request refers to was removed a moment ago, so nothing was saved. Reload the page and try again.',
  'problem.internal': 'Something went wrong on our side (request {id}).',
  'problem.tooManySignIns':
    'Too many sign-in attempts. Sign in with an emailed link now, or try your password again in {minutes, plural, one {# minute} other {# minutes}}.',
  'problem.wrongPassword': 'That email and password do not match an account.',
  'problem.signInLinkGone':
    'This sign-in link has expired, was already used, or was cancelled by a password reset. Ask for a new one.',
  'problem.resetLinkGone':
    'This reset link has expired, was already used, or a newer one replaced it. Ask for a new one.',
  'problem.outboxLocal': 'The outbox can only be read on the machine running the server.',
  'problem.signUpLinkGone':
    'This link has expired or was already used. Sign up again to get a new one.',
  'problem.accountExists':
    'This email already has an account. Sign in, or ask for an emailed sign-in link.',
  'problem.noTherapistId': 'No therapist has the id "{id}".',
  'problem.noTypeId': 'No appointment type has the id "{id}".',
  'problem.noClinicId': 'No clinic has the id "{id}".',
  'problem.noFreeFhirSlot':
    'No free slot has the id "{id}": it may have just been booked or be in the past. GET /fhir/R4/Slot?schedule=… lists the free ones.',
  'problem.notASlot':
    'Fix the slot: {slot} is not an offered start time for this {who, select, therapist {therapist} other {clinic}} and appointment type. GET /api/v1/slots lists them.',
  'problem.alreadyMoved':
    'This visit was already moved or cancelled. To change or cancel it, use the link in your newest confirmation, or book a new time.',
  'problem.noAppointment': 'No appointment matches this link. Check that you copied all of it.',
  'problem.needWhere':
    'Fix the request body: give a therapistId, or a clinicId to book whichever therapist there is free at that time.',
  'problem.keyReused':
    'This Idempotency-Key was already used for a different booking. Use a new key for a new booking.',
  'problem.eitherTherapist':
    'Fix the request body: send either a therapistId or anyTherapist, not both.',
  'problem.noTherapist': 'No therapist has that id.',
  'problem.noTimeOff': 'No time off has that id.',
  'problem.noLocation': 'No location has that id.',
  'problem.notYours':
    'Your account manages other locations, so this one is not yours to change. Ask an admin for the whole chain.',
  'problem.chainOnly':
    'Only an admin for the whole chain can do this; your account manages particular locations.',
  'problem.feedGone': 'This calendar link is not valid any more. Make a new one in ReliefPath.',
  'problem.confirmEmail': 'Type the email address of this account to confirm.',
  'problem.inviteGone': 'This invite link is not valid any more. Ask your therapist for a new one.',
  'problem.rtmBeforeJoined':
    'Fix the date: remote-monitoring time counts from the day this patient joined your care team.',
  'problem.setupRecorded':
    'Set-up and education is already recorded for this patient; it counts once.',
  'problem.noProgram': 'This patient has no program from you yet.',
  'problem.notOnTeam': 'No patient with that id is on your care team.',
  'problem.offerGone':
    'This offer is no longer open: things have changed since it was made. Here is how things stand now.',
  'problem.therapistDecides':
    'Your therapist decides when you move on; they have been told you are ready.',
  'problem.patientDecides':
    'This patient guides themselves: they accept the next stage on their own page.',
  'problem.notYet': 'Not yet: {reason}',
  'problem.notYetAny': 'Not yet: the conditions for the next stage no longer hold.',
  'problem.fixValue': 'Fix the {field}: {value} {problem}.',
  'problem.dayAhead': 'is in the future: you can record today or earlier days',
  'problem.dayOld': 'is too long ago: it is more than a year before you joined',
  'problem.fixPassword': 'Fix the password: it {problem}.',
  'problem.noExerciseId': 'No exercise has the id "{id}". GET /api/v1/exercises lists them.',
  'problem.noClinicNear':
    'No clinic has the id "{id}". GET /api/v1/clinics finds clinics near you.',
  'problem.clinicClosed':
    '{name} has closed and takes no more bookings. GET /api/v1/clinics finds open clinics near you.',
  'problem.noTypeIdListed':
    'No appointment type has the id "{id}"; GET /api/v1/clinics/:id lists them.',
  'problem.notAtClinic': 'Therapist "{id}" does not work at {clinic}.',
  'problem.locationClosed':
    '{name} is closed. Reopen it first, or add the therapist to another location.',
  'problem.visitsInTheWay':
    '{count, plural, one {One visit is} other {# visits are}} booked in this time. Choose whether to cancel {count, plural, one {it} other {them}} (we email each patient) or keep {count, plural, one {it} other {them}}.',
  'problem.visitsChanged':
    'The visits booked in this time changed since you looked ({count, plural, one {one visit is} other {# visits are}} booked now). Check the list again and choose what happens to them.',
  'problem.rtmDateRange':
    'Fix the date: the day of the {what, select, setup {set-up} other {minutes}} must be from the past year, up to today.',
  'issue.endAfterStart': 'must be later than the start time',
  'issue.calendarDate': 'use a calendar date like 2026-11-25',
  'issue.clockTime': 'use 24-hour times like 08:00 or 19:30',
  'issue.month': 'use a month like 2026-11',
  'issue.timeZone': 'use an IANA time zone such as America/Chicago',
  'issue.givePhone': 'please give a phone number with area code, e.g. 555-010-0123',
  'issue.pathOnSite': 'must be a path on this site, like /join/abc',
  'issue.notAFeedLink': 'is not a feed link; copy the whole link',
  'issue.afterToday': 'is after today ({today})',
  'issue.secondLog': 'is a second log for {date}; send one a day',
  'issue.zipDigits': 'a US ZIP code is 5 digits, e.g. 10001',
  'issue.stateCode': 'a two-letter state code, e.g. NY',
  'issue.latitude': 'latitude is between -90 and 90',
  'issue.longitude': 'longitude is between -180 and 180',
  'issue.chooseAnExercise': 'choose at least one exercise',
  'issue.activities': 'choose at most {maximum} activities',
  'issue.score': 'use a score from 0 to 10',
  'issue.remindersPerDay': 'at most {maximum} reminders a day',
  'issue.windowsPerWeek': 'use at most {maximum} windows a week',
  'issue.giveName': 'please give your name',
  'issue.giveFullName': 'please give your full name',
  'issue.giveEmail': 'please give an email address like name@example.com',
  'issue.passwordShort': 'use at least {minimum} characters; a few words together work well',
  'issue.passwordLong': 'use at most {maximum} characters',
  'issue.tooLong': 'is too long',
  'issue.tooLongCharacters': 'is too long (at most {maximum} characters)',
  'issue.timeZoneTooLong': 'is too long for a time zone',
  'issue.feedLinkTooLong': 'is too long to be a feed link',
  'issue.notAnId': 'is not an id (lowercase letters, digits and hyphens)',
  'issue.idempotencyKeyShape': 'use 8 to 128 letters, digits, "-" or "_"',
  'issue.tokenShort': 'is too short to be a link token',
  'issue.tokenLong': 'is too long to be a link token',
  'issue.notAToken': 'is not a link token; copy the whole link',
  'issue.afterStart': 'must be after start',
  'issue.weekAfterFrom': 'must be after from, and at most 8 days later',
  'issue.notBeforeFrom': 'must not be before from',
  'issue.notBeforeStarted': 'must not be before startedAt',
  'issue.notBeforeDay': 'must be on or after {day}',
  'issue.dayRange': 'must be from {earliest} to today',
  'issue.instant': 'use an ISO 8601 instant such as 2026-12-01T14:30:00Z',
  'issue.unknownZip': "we don't know {zip}; check it",
  'issue.closedLocation': 'is a closed location',
  'issue.needsClinic': 'is required without a therapistId',
  'issue.needsSlot': 'is required unless you book a FHIR Slot by its id (fhirSlot)',
  'issue.fhirSlotAlone':
    'names the time, the therapist and the appointment type already: leave out slot, appointmentType, therapistId and clinicId',
  'issue.notAFhirId': 'is not a FHIR id: 1 to 64 letters, digits, dots or hyphens',
  'issue.notWithTherapist': 'cannot go with a therapistId',
  'issue.notASlot': 'is not an offered slot',
  'issue.unknownVariant': 'is "{variant}", not a version of {exercise}; use one of {known}',
  'issue.oneOf': 'use one of {known}',
  'issue.atLeastOneExercise': 'a session has at least one exercise',
  'issue.oneOrigin': 'give exactly one of: zip, lat and lon, or city and state',
  'issue.bothLatLon': 'give both lat and lon',
  'issue.bothCityState': 'give both city and state',
  'issue.zipOrLatLon': 'give either zip, or lat and lon',
  'issue.toAfterFrom': '`to` must be after `from`',
  'issue.atMostDays': 'ask for at most {days} days at a time',
  'issue.tooFarAfterFrom': 'is too far after from: ask for at most {days} days at once',
  'issue.nameAHabit': 'name at least one habit ({habits})',
  'issue.passwordMismatch': 'does not match the password chosen when signing up',
  'issue.passwordNeeded': 'is needed: type the password you chose when you signed up',
  'issue.dayAfterToday': 'is after today anywhere on Earth ({day} in UTC)',
  'issue.dayTooOld': 'is too long ago: use a day within {days} days of today',
  'issue.tooDeep': 'is nested more than {levels} levels deep; send a flatter value',
  'issue.controlCharacter': 'contains a control character (such as a NUL byte); remove it',
  'issue.brokenCharacter': 'contains a broken character (half of an emoji pair); remove it',
  'issue.brokenEscape': 'has a broken %-escape',
  'fhir.legPain': 'Leg pain (0-10)',
  'fhir.backPain': 'Back pain (0-10)',
  'fhir.psfsTitle': 'Patient-Specific Functional Scale',
  'fhir.psfsActivity': 'An everyday activity that is hard because of your symptoms',
  'fhir.psfsScore': 'How well you can do it (0 = not at all, 10 = as before)',
  'fhir.session': 'Home stretching session',
  'fhir.redFlagScreen': 'Sciatica warning-sign screen',
  'fhir.programTitle': 'Home exercise program',
  'fhir.painBefore': 'Leg pain before the exercise (0-10)',
  'fhir.painAfter': 'Leg pain after the exercise (0-10)',
  'fhir.tinglingSpread': 'Tingling spread further',
  'fhir.numbnessSpread': 'Numbness spread further',
  'fhir.sharpPain': 'Sharp or shooting pain',
  'fhir.lostBalance': 'Lost balance',
} as const satisfies Record<DomainMessage, string> & Record<string, string>;

export type ServerMessageKey = keyof typeof SERVER_EN;

export const SERVER_ES: Record<ServerMessageKey, string> = {
  'plan.yourStage': 'Su etapa: «{name}».',
  'progress.setBaseline': 'Anote hoy su dolor para marcar su punto de partida.',
  'progress.baseline':
    'Su dolor de pierna al empezar es {baseline} de 10. Siga anotando para ver cómo cambia.',
  'progress.better':
    'Su dolor de pierna bajó de {baseline} a {now}: un cambio lo bastante grande para notarse ({threshold, plural, one {# punto} other {# puntos}} o más).',
  'progress.worse':
    'Su dolor de pierna subió de {baseline} a {now}. Por favor, hable con su fisioterapeuta antes de hacer más; puede ajustar su rutina.',
  'progress.steady':
    'Su dolor de pierna está en {now} de 10, cerca de donde empezó ({baseline}). Al principio, la mejoría suele ser lenta.',
  'progress.daysDone':
    'Estiró {done} de {planned} días planeados {days, plural, =7 {esta semana} one {en el último día} other {en los últimos # días}}.',
  'progress.sessionsDone':
    'Hizo {done} de {planned} sesiones planeadas {days, plural, =7 {esta semana} one {en el último día} other {en los últimos # días}}.',
  'progress.streak': 'Lleva {days} días seguidos estirando. ¡Muy bien!',
  'progress.psfsBetter':
    'Sus actividades de todos los días le resultan más fáciles, con un cambio que se nota.',
  'mail.signIn.subject': 'Su enlace para entrar a ReliefPath',
  'mail.signIn.body':
    'Abra este enlace para entrar a ReliefPath. Sirve una sola vez, durante {minutes} minutos:\n\n{link}\n\nSi usted no lo pidió, puede ignorar este correo.',
  'mail.reset.subject': 'Cambie su contraseña de ReliefPath',
  'mail.reset.body':
    'Abra este enlace para elegir una contraseña nueva de ReliefPath. Sirve una sola vez, durante {minutes} minutos:\n\n{link}\n\nSi usted no lo pidió, su contraseña se queda como está.',
  'mail.confirmSignUp.subject': 'Termine de crear su cuenta de ReliefPath',
  'mail.confirmSignUp.body':
    'Hola:\n\nAbra este enlace para terminar de crear su cuenta de ReliefPath. Sirve una sola vez, durante {minutes} minutos:\n\n{link}\n\nSi usted no se registró, puede ignorar este correo: no se crea ninguna cuenta sin este enlace.',
  'mail.alreadyHaveAccount.subject': 'Ya tiene una cuenta de ReliefPath',
  'mail.alreadyHaveAccount.body':
    'Alguien acaba de intentar crear una cuenta de ReliefPath con este correo, pero ya tiene una.\n\nSi fue usted, abra este enlace para entrar. Sirve una sola vez, durante {minutes} minutos:\n\n{link}\n\nSi olvidó su contraseña, puede elegir una nueva desde la página para iniciar sesión. Si no fue usted, puede ignorar este correo: nada ha cambiado.',
  'mail.visit.when': '{day} a las {time}',
  'mail.visit.details':
    '  Cuándo:   {when}\n  Qué:      {type} ({minutes, plural, one {# minuto} other {# minutos}}) con {therapist}\n  Dónde:    {where}\n  Teléfono: {phone}',
  'mail.booked.subject': 'Su cita del {when} está reservada',
  'mail.booked.body':
    'Hola:\n\nSu cita de fisioterapia está reservada. Estos son los datos:\n\n{details}\n\nEl archivo de calendario adjunto a este correo ({file}) agrega la cita a su calendario, con un recordatorio el día antes y dos horas antes.\n\nSi necesita cambiarla o cancelarla, use su enlace privado:\n{manage}\n\nPor favor, no comparta este enlace: cualquiera que lo tenga puede cambiar la cita. Si usted no reservó esta cita, puede cancelarla con el mismo enlace.\n\nCuídese, y hasta pronto,\n{clinic}',
  'mail.moved.subject': 'Su cita cambió al {when}',
  'mail.moved.body':
    'Hola:\n\nSu cita tiene una hora nueva. Estos son los datos ahora:\n\n{details}\n\nEl archivo de calendario adjunto a este correo actualiza la cita que ya está en su calendario.\n\nPara cambiarla o cancelarla otra vez, use este enlace privado nuevo (el de los correos anteriores ya no cambia la cita):\n{manage}\n\nCuídese, y hasta pronto,\n{clinic}',
  'mail.cancelled.subject': 'Su cita del {when} está cancelada',
  'mail.cancelled.body':
    'Hola:\n\nSu cita está cancelada, y no tiene que hacer nada más:\n\n{details}\n\nEl archivo de calendario adjunto a este correo quita la cita de su calendario.\n\nCuando quiera venir, puede elegir una hora nueva aquí:\n{again}\n\nCuídese,\n{clinic}',
  'calendar.title': '{type} con {therapist}',
  'calendar.description':
    'Fisioterapia en {clinic}. ¿Preguntas? Llame a la clínica al {phone}. Para cambiar o cancelar esta cita: {manage}',
  'calendar.alarm':
    '{hours, plural, =24 {Mañana} =2 {En dos horas} one {En # hora} other {En # horas}}: {title}',
  'clinics.unknownZip': 'No conocemos el código postal {zip}. Revíselo, o busque por ciudad.',
  'clinics.unknownCity':
    'No encontramos {city}, {state}. Revise cómo está escrito, o busque por código postal.',
  'clinics.centralCity': 'el centro de {city}, {state}',
  'clinics.yourLocation': 'su ubicación',
  'pdf.whyItHelps': 'Por qué ayuda: {why}',
  'pdf.takeCare': 'Con cuidado',
  'handout.scan': 'Escanee para abrir su programa',
  'handout.docTitle': 'Programa de ejercicios en casa de {who}',
  'handout.saveTitle': 'Programa de ejercicios en casa de {who}, versión {version}',
  'handout.title': 'Su programa de ejercicios en casa',
  'handout.for': 'Para',
  'handout.therapist': 'Terapeuta',
  'handout.program': 'Programa',
  'handout.programValue': 'Versión {version}, del {day}',
  'handout.printed': 'Impreso',
  'handout.note': 'Una nota de {therapist}',
  'handout.intro':
    'Muévase despacio y respire. Un estiramiento debe sentirse como un tirón suave, nunca como dolor. Antes de empezar, lea cuándo parar.',
  'handout.stop': 'Cuándo parar',
  'handout.gentler': 'Cuándo ir más suave',
  'pdf.page': 'Página {page} de {pages}',
  'summaryPdf.docTitle': 'Resumen de progreso de ReliefPath de {name}',
  'summaryPdf.saveTitle': 'Resumen de progreso de {name}',
  'summaryPdf.title': 'Su resumen de progreso',
  'summaryPdf.made':
    'Hecho el {today}. Dolor registrado {days, plural, one {# día} other {# días}}, del {first} al {last}.',
  'summaryPdf.madeNoLogs': 'Hecho el {today}. Todavía no hay dolor registrado.',
  'summaryPdf.painOverTime': 'El dolor con el tiempo (0 = sin dolor, 10 = el peor)',
  'summaryPdf.weekByWeek': 'Estiramientos, semana a semana',
  'summaryPdf.weeksHint':
    'Sesiones hechas, de las planeadas, en cada una de las últimas 6 semanas.',
  'summaryPdf.noStreak':
    'Todavía no hay sesión hoy ni ayer: la próxima empieza una nueva racha de días.',
  'summaryPdf.streak': 'Días seguidos con sesión, hasta hoy: {days}.',
  'summaryPdf.fromProgram': 'Versión {version} de su programa en casa, de {therapist}.',
  'summaryPdf.fromSession': 'De su última sesión, el {day}.',
  'summaryPdf.exercises': 'Sus ejercicios',
  'summaryPdf.everyDay': 'Cada día que registró',
  'summaryPdf.day': 'Día',
  'summaryPdf.activities': 'Actividades del día a día (0 = no puede, 10 = fácil)',
  'summaryPdf.notes': 'Notas',
  'summaryPdf.habits': 'Hábitos del día a día',
  'summaryPdf.habitsHint':
    'Días en que respondió que sí a la pregunta diaria del hábito, hasta hoy.',
  'summaryPdf.habit': 'Hábito',
  'summaryPdf.lastDays': 'Últimos {days} días',
  'summaryPdf.lastWeeks': 'Últimas 4 semanas',
  'summaryPdf.outOf': '{done} de {of}',
  'summaryPdf.skipped': 'Saltado esta vez.',
  'summaryPdf.stopped': 'Parado antes de tiempo.',
  'summaryPdf.done': 'Hecho.',
  'summaryPdf.doneMoving': 'Hecho: {seconds} segundos de movimiento lento en total.',
  'summaryPdf.doneHeld': 'Hecho: {seconds} segundos sosteniendo en total.',
  'chart.start': 'Dolor de pierna al empezar ({pain} de 10), en línea discontinua',
  'chart.band':
    'Franja sombreada: menos de {points, plural, one {# punto} other {# puntos}} de donde empezó. Por debajo, su dolor de pierna ha mejorado lo suficiente para notarse.',
  'chart.weekDone': '{done} de {planned}',
  'chart.weekDonePercent': '{done} de {planned} ({percent}%)',
  'mail.alert.subjectNow': 'ReliefPath: su paciente {who} le necesita ya',
  'mail.alert.subjectReview': 'ReliefPath: revise a su paciente {who}, por favor',
  'mail.alert.body':
    'Hola, {name}:\n\nSu paciente {who} {concern, select, redFlag {marcó un síntoma de alarma en la revisión de seguridad y se le dijo que buscara atención médica} painRising {tiene el dolor de pierna en aumento} spreading {notó hormigueo o entumecimiento que baja por la pierna} other {paró varias sesiones antes de tiempo por seguridad}} (el {day}).\n{immediate, select, yes {Por favor, póngase en contacto hoy.} other {Por favor, revise sus registros y controles recientes cuando pueda.}}\n\nDetalles, tras iniciar sesión: {link}\n\nRecibe este correo porque {who} está en su equipo de ReliefPath. Las puntuaciones de dolor y las notas solo se ven con la sesión iniciada; el correo no es lo bastante privado para ellas.',
  'mail.nudge.subject': 'Un recordatorio amable de ReliefPath',
  'mail.nudge.body':
    'Hola, {name}:\n\n{missed, plural, one {Ayer se le pasó. Es normal.} other {Han pasado # días desde su último estiramiento.}}\nUna sesión corta y suave hoy mantiene el hábito: {plan}\n\nSi sus síntomas cambiaron o empeoraron, haga antes otra vez la revisión de seguridad: {start}\n\nPara dejar de recibir estos correos, desmarque «{optOut}» en {progress}',
  'reminderFeed.title': 'Hora de sus estiramientos',
  'reminderFeed.description': 'Unos minutos suaves con ReliefPath: {link}',
  'reminderFeed.name': 'Estiramientos de ReliefPath',
  'problem.fix':
    'Corrija {where, select, query {la consulta} address {la dirección} other {el cuerpo de la petición}}: {problems}.',
  'problem.unknownField': 'no es un campo conocido; quítelo',
  'problem.required': 'es obligatorio ({type})',
  'problem.otherSite': 'Esta petición venía de otro sitio y se rechazó.',
  'problem.csrf':
    'Falta el código de seguridad o es antiguo. Vuelva a cargar la página e inténtelo de nuevo.',
  'problem.signIn': 'Inicie sesión para ver esto.',
  'problem.notYourRole': 'Su cuenta no puede usar esto.',
  'problem.idempotencyKey':
    'Corrija la cabecera Idempotency-Key: use de 8 a 128 letras, cifras, "-" o "_" (un UUID sirve).',
  'problem.accountGone': 'Esta cuenta ya no existe.',
  'problem.json': 'Envíe el cuerpo como JSON con la cabecera content-type: application/json.',
  'problem.tooLarge':
    'El cuerpo de la petición pasa de {kb} KB. Envíe menos: ninguna petición de aquí necesita más.',
  'problem.noRoute': 'No existe {method} {path}. Vea /api/openapi.json para las rutas.',
  'problem.nothingHere': 'Aquí no existe {method} {path}.',
  'problem.changedMeanwhile':
    'Algo a lo que se refiere esta petición se quitó hace un momento, así que no se guardó nada. Vuelva a cargar la página e inténtelo de nuevo.',
  'problem.internal': 'Algo falló de nuestro lado (petición {id}).',
  'problem.tooManySignIns':
    'Demasiados intentos de inicio de sesión. Entre ahora con un enlace por correo, o vuelva a probar su contraseña dentro de {minutes, plural, one {# minuto} other {# minutos}}.',
  'problem.wrongPassword': 'Ese correo y esa contraseña no coinciden con ninguna cuenta.',
  'problem.signInLinkGone':
    'Este enlace para iniciar sesión caducó, ya se usó o lo anuló un cambio de contraseña. Pida uno nuevo.',
  'problem.resetLinkGone':
    'Este enlace para cambiar la contraseña caducó, ya se usó o lo reemplazó uno más nuevo. Pida uno nuevo.',
  'problem.outboxLocal':
    'El buzón de salida solo se puede leer en la máquina donde funciona el servidor.',
  'problem.signUpLinkGone':
    'Este enlace caducó o ya se usó. Regístrese de nuevo para recibir otro.',
  'problem.accountExists':
    'Este correo ya tiene una cuenta. Inicie sesión, o pida un enlace por correo para entrar.',
  'problem.noTherapistId': 'Ningún terapeuta tiene el id "{id}".',
  'problem.noTypeId': 'Ningún tipo de cita tiene el id "{id}".',
  'problem.noClinicId': 'Ninguna clínica tiene el id "{id}".',
  'problem.noFreeFhirSlot':
    'Ningún horario libre tiene el id "{id}": puede que lo acaben de reservar o que ya haya pasado. GET /fhir/R4/Slot?schedule=… lista los libres.',
  'problem.notASlot':
    'Corrija slot: {slot} no es una hora de inicio ofrecida para {who, select, therapist {este terapeuta} other {esta clínica}} y este tipo de cita. GET /api/v1/slots las lista.',
  'problem.alreadyMoved':
    'Esta cita ya se cambió o se canceló. Para cambiarla o cancelarla, use el enlace de su confirmación más reciente, o reserve una hora nueva.',
  'problem.noAppointment': 'Ninguna cita corresponde a este enlace. Revise que lo copió entero.',
  'problem.needWhere':
    'Corrija el cuerpo de la petición: dé un therapistId, o un clinicId para reservar con el terapeuta que esté libre a esa hora.',
  'problem.keyReused':
    'Esta Idempotency-Key ya se usó para otra reserva. Use una clave nueva para una reserva nueva.',
  'problem.eitherTherapist':
    'Corrija el cuerpo de la petición: envíe therapistId o anyTherapist, no los dos.',
  'problem.noTherapist': 'Ningún terapeuta tiene ese id.',
  'problem.noTimeOff': 'Ningún tiempo libre tiene ese id.',
  'problem.noLocation': 'Ningún centro tiene ese id.',
  'problem.notYours':
    'Su cuenta gestiona otros centros, así que este no le toca cambiarlo. Pídaselo a quien administra toda la cadena.',
  'problem.chainOnly':
    'Solo quien administra toda la cadena puede hacer esto; su cuenta gestiona centros concretos.',
  'problem.feedGone': 'Este enlace de calendario ya no sirve. Cree uno nuevo en ReliefPath.',
  'problem.confirmEmail': 'Escriba el correo de esta cuenta para confirmar.',
  'problem.inviteGone': 'Este enlace de invitación ya no sirve. Pida uno nuevo a su terapeuta.',
  'problem.rtmBeforeJoined':
    'Corrija date: el tiempo de seguimiento a distancia cuenta desde el día en que este paciente se unió a su equipo.',
  'problem.setupRecorded':
    'La configuración y enseñanza ya está registrada para este paciente; cuenta una sola vez.',
  'problem.noProgram': 'Este paciente todavía no tiene un programa suyo.',
  'problem.notOnTeam': 'Ningún paciente con ese id está en su equipo.',
  'problem.offerGone':
    'Esta propuesta ya no está abierta: las cosas cambiaron desde que se hizo. Así están ahora.',
  'problem.therapistDecides':
    'Su terapeuta decide cuándo avanza; ya le avisamos de que está listo.',
  'problem.patientDecides':
    'Este paciente va por su cuenta: acepta la siguiente etapa en su propia página.',
  'problem.notYet': 'Todavía no: {reason}',
  'problem.notYetAny': 'Todavía no: ya no se cumplen las condiciones para la siguiente etapa.',
  'problem.fixValue': 'Corrija {field}: {value} {problem}.',
  'problem.dayAhead': 'es del futuro: puede registrar hoy o días anteriores',
  'problem.dayOld': 'es de hace demasiado: es más de un año antes de que se uniera',
  'problem.fixPassword': 'Corrija la contraseña: {problem}.',
  'problem.noExerciseId': 'Ningún ejercicio tiene el id "{id}". GET /api/v1/exercises los enumera.',
  'problem.noClinicNear':
    'Ninguna clínica tiene el id "{id}". GET /api/v1/clinics encuentra clínicas cerca de usted.',
  'problem.clinicClosed':
    '{name} ha cerrado y ya no acepta citas. GET /api/v1/clinics encuentra clínicas abiertas cerca de usted.',
  'problem.noTypeIdListed':
    'Ningún tipo de cita tiene el id "{id}"; GET /api/v1/clinics/:id los enumera.',
  'problem.notAtClinic': 'El terapeuta "{id}" no trabaja en {clinic}.',
  'problem.locationClosed':
    '{name} está cerrada. Vuelva a abrirla primero o añada el terapeuta a otra sede.',
  'problem.visitsInTheWay':
    '{count, plural, one {Hay una cita} other {Hay # citas}} en este tiempo. Elija si {count, plural, one {se cancela} other {se cancelan}} (avisamos a cada paciente por correo) o {count, plural, one {se mantiene} other {se mantienen}}.',
  'problem.visitsChanged':
    'Las citas de este tiempo cambiaron desde que las miró ({count, plural, one {ahora hay una} other {ahora hay #}}). Revise la lista otra vez y elija qué pasa con ellas.',
  'problem.rtmDateRange':
    'Corrija la fecha: el día {what, select, setup {de la configuración} other {de los minutos}} debe ser del último año, hasta hoy.',
  'issue.endAfterStart': 'debe ser más tarde que la hora de inicio',
  'issue.calendarDate': 'use una fecha como 2026-11-25',
  'issue.clockTime': 'use horas de 24 horas como 08:00 o 19:30',
  'issue.month': 'use un mes como 2026-11',
  'issue.timeZone': 'use una zona horaria IANA, como America/Chicago',
  'issue.givePhone': 'escriba un teléfono con código de área, como 555-010-0123',
  'issue.pathOnSite': 'debe ser una ruta de este sitio, como /join/abc',
  'issue.notAFeedLink': 'no es un enlace de calendario; copie el enlace entero',
  'issue.afterToday': 'es posterior a hoy ({today})',
  'issue.secondLog': 'es un segundo registro del {date}; envíe uno al día',
  'issue.zipDigits': 'un código postal de EE. UU. tiene 5 dígitos, como 10001',
  'issue.stateCode': 'un código de estado de dos letras, como NY',
  'issue.latitude': 'la latitud está entre -90 y 90',
  'issue.longitude': 'la longitud está entre -180 y 180',
  'issue.chooseAnExercise': 'elija al menos un ejercicio',
  'issue.activities': 'elija como mucho {maximum} actividades',
  'issue.score': 'use una puntuación de 0 a 10',
  'issue.remindersPerDay': 'como mucho {maximum} recordatorios al día',
  'issue.windowsPerWeek': 'use como mucho {maximum} franjas por semana',
  'issue.giveName': 'escriba su nombre',
  'issue.giveFullName': 'escriba su nombre completo',
  'issue.giveEmail': 'escriba un correo como nombre@ejemplo.com',
  'issue.passwordShort':
    'use al menos {minimum} caracteres; unas cuantas palabras juntas funcionan bien',
  'issue.passwordLong': 'use como mucho {maximum} caracteres',
  'issue.tooLong': 'es demasiado largo',
  'issue.tooLongCharacters': 'es demasiado largo (como mucho {maximum} caracteres)',
  'issue.timeZoneTooLong': 'es demasiado largo para una zona horaria',
  'issue.feedLinkTooLong': 'es demasiado largo para ser un enlace de calendario',
  'issue.notAnId': 'no es un id (minúsculas, dígitos y guiones)',
  'issue.idempotencyKeyShape': 'use de 8 a 128 letras, dígitos, "-" o "_"',
  'issue.tokenShort': 'es demasiado corto para ser un enlace válido',
  'issue.tokenLong': 'es demasiado largo para ser un enlace válido',
  'issue.notAToken': 'no es un enlace válido; copie el enlace entero',
  'issue.afterStart': 'debe ser posterior a start',
  'issue.weekAfterFrom': 'debe ser posterior a from y como mucho 8 días después',
  'issue.notBeforeFrom': 'no puede ser anterior a from',
  'issue.notBeforeStarted': 'no puede ser anterior a startedAt',
  'issue.notBeforeDay': 'debe ser el {day} o después',
  'issue.dayRange': 'debe ser entre el {earliest} y hoy',
  'issue.instant': 'use un instante ISO 8601, como 2026-12-01T14:30:00Z',
  'issue.unknownZip': 'no conocemos {zip}; revíselo',
  'issue.closedLocation': 'es una sede cerrada',
  'issue.needsClinic': 'es obligatorio si no hay therapistId',
  'issue.needsSlot': 'es obligatorio salvo que reserve un Slot de FHIR por su id (fhirSlot)',
  'issue.fhirSlotAlone':
    'ya indica la hora, el terapeuta y el tipo de cita: no envíe slot, appointmentType, therapistId ni clinicId',
  'issue.notAFhirId': 'no es un id de FHIR: de 1 a 64 letras, cifras, puntos o guiones',
  'issue.notWithTherapist': 'no puede ir junto con therapistId',
  'issue.notASlot': 'no es una hora ofrecida',
  'issue.unknownVariant':
    'es "{variant}", que no es una versión de {exercise}; use una de estas: {known}',
  'issue.oneOf': 'use uno de estos: {known}',
  'issue.atLeastOneExercise': 'una sesión tiene al menos un ejercicio',
  'issue.oneOrigin': 'dé solo una de estas: zip, lat y lon, o city y state',
  'issue.bothLatLon': 'dé lat y lon a la vez',
  'issue.bothCityState': 'dé city y state a la vez',
  'issue.zipOrLatLon': 'dé zip, o lat y lon',
  'issue.toAfterFrom': '`to` debe ser posterior a `from`',
  'issue.atMostDays': 'pida como mucho {days} días cada vez',
  'issue.tooFarAfterFrom': 'está demasiado lejos de from: pida como mucho {days} días cada vez',
  'issue.nameAHabit': 'nombre al menos un hábito ({habits})',
  'issue.passwordMismatch': 'no coincide con la contraseña elegida al registrarse',
  'issue.passwordNeeded': 'hace falta: escriba la contraseña que eligió al registrarse',
  'issue.dayAfterToday': 'es posterior a hoy en cualquier lugar del mundo ({day} en UTC)',
  'issue.dayTooOld': 'es de hace demasiado: use un día de los últimos {days} días',
  'issue.tooDeep': 'tiene más de {levels} niveles de anidación; envíe un valor más plano',
  'issue.controlCharacter': 'contiene un carácter de control (como un byte NUL); quítelo',
  'issue.brokenCharacter': 'contiene un carácter roto (medio emoji); quítelo',
  'issue.brokenEscape': 'tiene un escape % roto',
  'fhir.legPain': 'Dolor de pierna (0-10)',
  'fhir.backPain': 'Dolor de espalda (0-10)',
  'fhir.psfsTitle': 'Escala funcional específica del paciente',
  'fhir.psfsActivity': 'Una actividad de todos los días que le cuesta por sus síntomas',
  'fhir.psfsScore': 'Qué tan bien puede hacerla (0 = nada, 10 = como antes)',
  'fhir.session': 'Sesión de estiramientos en casa',
  'fhir.redFlagScreen': 'Revisión de señales de alarma de la ciática',
  'fhir.programTitle': 'Programa de ejercicios en casa',
  'fhir.painBefore': 'Dolor de pierna antes del ejercicio (0-10)',
  'fhir.painAfter': 'Dolor de pierna después del ejercicio (0-10)',
  'fhir.tinglingSpread': 'El hormigueo se extendió',
  'fhir.numbnessSpread': 'El entumecimiento se extendió',
  'fhir.sharpPain': 'Dolor agudo o punzante',
  'fhir.lostBalance': 'Perdió el equilibrio',
};
