import { z } from 'zod';
import { issue } from './i18n/issues';

/** Lowercase words joined by hyphens: exercise, variant, appointment-type and source ids. */
export const SlugSchema = z
  .string()
  .max(64, issue('issue.tooLongCharacters'))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

/** Record ids: UUIDs and readable ids such as "boston-ma-1" alike. */
export const IdSchema = z
  .string()
  .max(100, issue('issue.tooLongCharacters'))
  .regex(/^[a-z0-9][a-z0-9-]*$/, issue('issue.notAnId'));

/** Tokens in private links: URL-safe base64. */
export const LinkTokenSchema = z
  .string()
  .min(16, issue('issue.tokenShort'))
  .max(200, issue('issue.tokenLong'))
  .regex(/^[A-Za-z0-9_-]+$/, issue('issue.notAToken'));

/** HL7 FHIR R4's logical id (datatype `id`): what every FHIR id we write or read must be. */
export const FHIR_ID = '[A-Za-z0-9.-]{1,64}';
export const FhirIdSchema = z.string().regex(new RegExp(`^${FHIR_ID}$`), issue('issue.notAFhirId'));
