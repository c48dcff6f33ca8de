'use strict';

/**
 * Calendar dates for the Steckbrief checks (MK-DOC-01): ISO (2025-03-31, also with a time) and
 * German (31.03.2025) notation, compared as UTC days so results do not depend on time zones.
 */

/** Parse a date string to a UTC-midnight Date, or undefined. */
function parseDate(value) {
  const text = String(value || '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  let y; let mo; let d;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** The date `months` calendar months later (end of month clamped: 31.01. + 1 → 28./29.02.). */
function addMonths(date, months) {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), last)));
}

/** Today as UTC-midnight Date, or the configured day (`today` param, for reproducible runs). */
function todayFrom(param) {
  const configured = param ? parseDate(param) : undefined;
  if (configured) return configured;
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** German notation of a date: 31.03.2025. */
function formatDate(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}.${p(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

module.exports = { parseDate, addMonths, todayFrom, formatDate };
