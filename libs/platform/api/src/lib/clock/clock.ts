import { Injectable } from '@nestjs/common';

/** Domain logic asks the Clock for the time, so tests can move time without sleeping. */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
