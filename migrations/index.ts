import { Foundation1764072000000 } from './1764072000000-foundation';
import { CareCases1764079200000 } from './1764079200000-care-cases';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const ALL_MIGRATIONS = [Foundation1764072000000, CareCases1764079200000];
