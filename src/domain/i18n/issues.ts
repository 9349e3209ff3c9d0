/**
 * The problems with a field that schemas name themselves, by message id. The server's catalogue
 * words each one in every language (content/messages/server.ts), so a refusal reads in the
 * language of the request; a schema's limits reach the words as {minimum} and {maximum}, and
 * any other values as the check's `params`.
 */
export const ISSUES = [
  'issue.endAfterStart',
  'issue.afterStart',
  'issue.weekAfterFrom',
  'issue.notBeforeFrom',
  'issue.notBeforeStarted',
  'issue.notBeforeDay',
  'issue.dayRange',
  'issue.afterToday',
  'issue.secondLog',
  'issue.instant',
  'issue.calendarDate',
  'issue.clockTime',
  'issue.month',
  'issue.timeZone',
  'issue.unknownZip',
  'issue.zipDigits',
  'issue.stateCode',
  'issue.latitude',
  'issue.longitude',
  'issue.closedLocation',
  'issue.needsClinic',
  'issue.notWithTherapist',
  'issue.notASlot',
  'issue.unknownVariant',
  'issue.oneOf',
  'issue.atLeastOneExercise',
  'issue.chooseAnExercise',
  'issue.activities',
  'issue.score',
  'issue.oneOrigin',
  'issue.bothLatLon',
  'issue.bothCityState',
  'issue.zipOrLatLon',
  'issue.toAfterFrom',
  'issue.atMostDays',
  'issue.tooFarAfterFrom',
  'issue.nameAHabit',
  'issue.remindersPerDay',
  'issue.windowsPerWeek',
  'issue.giveName',
  'issue.giveFullName',
  'issue.giveEmail',
  'issue.givePhone',
  'issue.pathOnSite',
  'issue.notAFeedLink',
  'issue.passwordShort',
  'issue.passwordLong',
  'issue.passwordMismatch',
  'issue.passwordNeeded',
  'issue.tooLong',
  'issue.tooLongCharacters',
  'issue.timeZoneTooLong',
  'issue.feedLinkTooLong',
  'issue.notAnId',
  'issue.idempotencyKeyShape',
  'issue.tokenShort',
  'issue.tokenLong',
  'issue.notAToken',
  'issue.dayAfterToday',
  'issue.dayTooOld',
  'issue.tooDeep',
  'issue.controlCharacter',
  'issue.brokenCharacter',
  'issue.brokenEscape',
] as const;
export type Issue = (typeof ISSUES)[number];

/** A schema's own message, by id (see ISSUES). */
export const issue = (id: Issue): Issue => id;

export const isIssue = (message: string): message is Issue =>
  (ISSUES as readonly string[]).includes(message);
