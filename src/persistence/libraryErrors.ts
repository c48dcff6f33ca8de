/**
 * The library's expected failures with their German subjects, in one place so the messages
 * stay consistent ("Die Variante wurde nicht gefunden (evtl. gelöscht).").
 */
import { appError, type AppError } from '../shared/errors';

/** The kinds of stored things a message can name. */
export type LibraryThing = 'process' | 'variant' | 'revision' | 'draft' | 'decision';

const SUBJECTS: Record<LibraryThing, string> = {
  process: 'Der Prozess',
  variant: 'Die Variante',
  revision: 'Die Version',
  draft: 'Die Arbeitskopie',
  decision: 'Die Entscheidung'
};

/** `library/not-found` for a thing with the given id. */
export function notFound(thing: LibraryThing, id: string): AppError {
  return appError('library/not-found', { what: SUBJECTS[thing], id });
}

/** `library/not-in-trash` for a thing that was asked to be purged while still in use. */
export function notInTrash(thing: LibraryThing, id: string): AppError {
  return appError('library/not-in-trash', { what: SUBJECTS[thing], id });
}

/** `library/name-required` for an empty name. */
export function nameRequired(field = 'name'): AppError {
  return appError('library/name-required', { field });
}

/** A timestamp as German local date and time, e.g. "12.03.2025, 14:05:33". */
export function formatGermanDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'medium' });
}

/** Why a write was refused to protect another tab's work. */
export type ConflictReason = 'draft-changed' | 'revision-added';

/** `storage/conflict`: someone else (another tab) wrote this variant since this tab last read it. */
export function conflict(reason: ConflictReason, by: string, at: string, extra: Record<string, string | number> = {}): AppError {
  return appError('storage/conflict', { reason, by, at, when: `${formatGermanDateTime(at)}`, ...extra });
}
