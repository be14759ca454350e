import { BadRequestException, Injectable } from '@nestjs/common';
import { PASSWORD_MIN_SCORE, PASSWORD_TOO_WEAK } from '@nabij/identity/contracts';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type * as Common from '@zxcvbn-ts/language-common';
import type * as En from '@zxcvbn-ts/language-en';
import type * as Nl from '@zxcvbn-ts/language-nl-be';

/**
 * zxcvbn's work grows steeply with length (a 190-character password took seconds), and it runs on the
 * event loop: judge the first 50 characters. A password that is weak in its first 50 characters is
 * weak enough to refuse.
 */
const CHECKED_LENGTH = 50;
// Words anyone guessing a Nabij password tries first.
const SITE_WORDS = ['nabij', 'maatschappelijk', 'hulpverlening', 'leiden'];

export const WEAK_PASSWORD_MESSAGE =
  'This password is too easy to guess. Choose a longer one, for example three or four words that do not belong together.';

let shared: ZxcvbnFactory | null = null;

/**
 * Built once per process (about 0.4 s for the dictionaries), on the first password that is set; the
 * packages themselves are loaded then too, not at start-up (~0.15 s of every start).
 */
function estimator(): ZxcvbnFactory {
  if (shared) return shared;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as { ZxcvbnFactory: typeof ZxcvbnFactory };
  const common = require('@zxcvbn-ts/language-common') as typeof Common;
  const en = require('@zxcvbn-ts/language-en') as typeof En;
  const nl = require('@zxcvbn-ts/language-nl-be') as typeof Nl;
  /* eslint-enable @typescript-eslint/no-require-imports */
  // The Dutch and English packages use the same dictionary names (commonWords, wikipedia, ...): prefix them so both count.
  const prefixed = (prefix: string, dictionary: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${prefix}${name}`, words]));
  shared = new Factory({
    maxLength: CHECKED_LENGTH,
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    dictionary: { ...common.dictionary, ...prefixed('en-', en.dictionary), ...prefixed('nl-', nl.dictionary) },
  } as ConstructorParameters<typeof ZxcvbnFactory>[0]);
  return shared;
}

/**
 * Judges new passwords (registration, choosing one after an admission) with zxcvbn-ts: common
 * passwords, Dutch and English words and names, keyboard rows, dates, and the person's own name and
 * e-mail address. Score 3 of 4 ("safely unguessable": about 10^8 guesses or more) is the minimum,
 * which refuses `password12`, `Welkom1234` and `qwertyuiop1` while a passphrase passes.
 */
@Injectable()
export class PasswordPolicyService {
  isStrong(password: string, personal: Array<string | null | undefined> = []): boolean {
    return estimator().check(password, userInputs(personal)).score >= PASSWORD_MIN_SCORE;
  }

  /** 400 naming `password`, with a code the portal translates. */
  assertStrong(password: string, personal: Array<string | null | undefined> = []): void {
    if (this.isStrong(password, personal)) return;
    throw new BadRequestException({
      message: WEAK_PASSWORD_MESSAGE,
      code: PASSWORD_TOO_WEAK,
      fields: { password: [WEAK_PASSWORD_MESSAGE] },
    });
  }
}

/** The e-mail address and name, whole and in parts (fatima.el-amrani@example.nl → fatima, el, amrani, example). */
function userInputs(personal: Array<string | null | undefined>): string[] {
  const words = new Set<string>(SITE_WORDS);
  for (const value of personal) {
    if (!value) continue;
    const lower = value.toLowerCase().trim();
    words.add(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}
