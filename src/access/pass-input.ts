import { z } from 'zod';
import { addDays, DAY_MS } from './clock';
import { MAX_REASON_LENGTH } from './guards';
import { isEmailAddress, MAX_EMAIL_LENGTH } from './people';
import { MAX_PASS_DAYS } from './support-pass';

const NO_MARKUP = /^[^<>]*$/;
export const MAX_TICKET_LENGTH = 40;
export const MAX_VENDOR_NAME_LENGTH = 80;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL_LENGTH, 'That email address is too long.')
  .refine(isEmailAddress, 'Enter a valid email address, like support@vendor.com.');

export const ticketField = z
  .string()
  .trim()
  .max(MAX_TICKET_LENGTH, `Keep the ticket reference under ${MAX_TICKET_LENGTH} characters.`)
  .regex(/^[\w#./ -]*$/, 'Use letters, digits, spaces and # . / - _ in the ticket reference.');

export const reasonField = z
  .string()
  .trim()
  .min(1, 'Give a reason: it is kept in the access log.')
  .max(MAX_REASON_LENGTH, `Keep the reason under ${MAX_REASON_LENGTH} characters.`)
  .regex(NO_MARKUP, 'Leave out < and > in the reason.');

export const vendorNameField = z
  .string()
  .trim()
  .max(MAX_VENDOR_NAME_LENGTH, `Keep the name under ${MAX_VENDOR_NAME_LENGTH} characters.`)
  .regex(NO_MARKUP, 'Leave out < and > in the name.');

/** When a pass ends: tomorrow at the earliest, MAX_PASS_DAYS at the latest. */
export function expiryProblem(expiresAt: Date, now: Date, maxDays = MAX_PASS_DAYS): string | null {
  if (Number.isNaN(expiresAt.getTime())) return 'Choose the date the access ends.';
  if (expiresAt.getTime() <= now.getTime()) return 'Choose a date in the future.';
  if (expiresAt.getTime() > addDays(now, maxDays).getTime() + DAY_MS / 2) return `Support access can last ${maxDays} days at most.`;
  return null;
}

/** The end of the chosen day (UTC), so "until Dec 1" means all of Dec 1. */
export function endOfDay(date: Date): Date {
  const end = new Date(date);
  end.setUTCHours(23, 59, 0, 0);
  return end;
}
