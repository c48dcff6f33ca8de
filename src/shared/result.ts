/**
 * Expected failures are values: a `Result` is either `{ ok: true, value }` or `{ ok: false, error }`.
 * Bugs stay exceptions; `Result` is for bad input, quota errors and the like.
 */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

import type { AppError } from './errors';

/** Wrap a value as a successful result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wrap an error as a failed result. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
