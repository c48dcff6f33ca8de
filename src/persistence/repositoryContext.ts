/**
 * What every repository needs: the database, a clock and an id source (injectable so tests and
 * a later sync layer can control them).
 */
import { newId } from '../shared/ids';
import { createMonotonicClock, type Clock } from './clock';
import type { GpmDatabase } from './db';

/** Shared dependencies of the repositories. */
export interface RepositoryContext {
  readonly db: GpmDatabase;
  readonly now: Clock;
  readonly newId: () => string;
}

/** Options for building repositories. */
export interface RepositoryOptions {
  now?: Clock;
  newId?: () => string;
}

/** Build a context with a monotonic clock and `crypto.randomUUID()` ids unless others are given. */
export function createRepositoryContext(db: GpmDatabase, options: RepositoryOptions = {}): RepositoryContext {
  return { db, now: options.now ?? createMonotonicClock(), newId: options.newId ?? newId };
}
