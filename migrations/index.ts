import { Foundation1764072000000 } from './1764072000000-foundation';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const ALL_MIGRATIONS = [Foundation1764072000000];
