import { z } from 'zod';

/** Lowercase words joined by hyphens: exercise, variant, appointment-type and source ids. */
export const SlugSchema = z
  .string()
  .max(64, 'is too long (at most 64 characters)')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

/** Record ids: UUIDs and readable ids such as "boston-ma-1" alike. */
export const IdSchema = z
  .string()
  .max(100, 'is too long (at most 100 characters)')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'is not an id (lowercase letters, digits and hyphens)');

/** Tokens in private links: URL-safe base64. */
export const LinkTokenSchema = z
  .string()
  .min(16, 'is too short to be a link token')
  .max(200, 'is too long to be a link token')
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a link token; copy the whole link');
