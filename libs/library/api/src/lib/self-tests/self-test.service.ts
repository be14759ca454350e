import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import {
  AdviceStep,
  ContentLang,
  KeepSelfTestResult,
  KeptSelfTestResult,
  LocalText,
  localText,
  maxSelfTestScore,
  scoreSelfTest,
  SelfTestContent,
  selfTestShownIn,
  SelfTestSummary,
  SelfTestView,
} from '@nabij/library/contracts';
import { KeptResultRow, SelfTestRepository, SelfTestVersionRow } from './self-test.repository';

/**
 * Self-tests: anyone takes them (the portal scores in the browser and sends nothing); a logged-in
 * client may keep a result, which the API scores again from the answers against the published
 * version, so a kept score is always the honest one. A reader of Arabic, Turkish or Polish gets a
 * test in their language when its version has that translation (complete), else in Dutch, with
 * `shownIn` telling the portal to say so (issue 17).
 */
@Injectable()
export class SelfTestService {
  constructor(
    private readonly repository: SelfTestRepository,
    private readonly clock: Clock,
  ) {}

  async list(lang: ContentLang): Promise<SelfTestSummary[]> {
    return (await this.repository.current()).map((row) => summary(row, lang));
  }

  async get(lang: ContentLang, slug: string): Promise<SelfTestView> {
    const row = await this.repository.currentBySlug(slug);
    if (!row) throw new NotFoundException({ message: 'There is no self-test at this address.', code: 'library.no_self_test' });
    const { definition } = row;
    const shown = summary(row, lang);
    lang = shown.shownIn;
    const slugs = definition.bands.flatMap((b) => b.steps.flatMap((s) => (s.kind === 'article' ? [s.slug] : [])));
    const titles = await this.repository.articleTitles(lang, slugs);
    const text = (t: LocalText) => localText(t, lang);
    return {
      ...shown,
      versionId: row.version_id,
      version: row.version,
      maxScore: maxSelfTestScore(definition),
      questions: definition.questions.map((q) => ({
        key: q.key,
        text: text(q.text),
        options: q.options.map((o) => ({ points: o.points, label: text(o.label) })),
      })),
      bands: definition.bands.map((b) => ({
        key: b.key,
        min: b.min,
        max: b.max,
        title: text(b.title),
        text: text(b.text),
        // An article that is no longer published drops out of the advice instead of ending on a 404.
        steps: b.steps.flatMap((s): AdviceStep[] => {
          if (s.kind === 'article') {
            const title = titles.get(s.slug);
            return title ? [{ kind: 'article', slug: s.slug, ...title }] : [];
          }
          if (s.kind === 'training') return [{ kind: 'training', name: text(s.name), text: text(s.text) }];
          return [{ kind: s.kind }];
        }),
      })),
    };
  }

  async keep(user: AuthUser, input: KeepSelfTestResult, lang: ContentLang): Promise<KeptSelfTestResult> {
    const version = await this.repository.publishedVersion(input.versionId);
    if (!version) throw fieldError('versionId', 'versionId must name a published self-test version');
    const scored = scoreSelfTest(version.definition, input.answers);
    if (!scored) {
      throw fieldError('answers', `answers must hold one option number for each of the ${version.definition.questions.length} questions`);
    }
    const id = await this.repository.insertResult({
      accountId: user.id,
      versionId: version.version_id,
      answers: input.answers,
      score: scored.score,
      band: scored.band,
      takenAt: this.clock.now(),
    });
    const [row] = await this.repository.resultsOf(user.id, id);
    return kept(row, lang);
  }

  async mine(user: AuthUser, lang: ContentLang): Promise<KeptSelfTestResult[]> {
    return (await this.repository.resultsOf(user.id)).map((row) => kept(row, lang));
  }

  async remove(user: AuthUser, resultId: string): Promise<void> {
    // Another person's result is as unknown as one that never existed.
    if (!(await this.repository.deleteResult(user.id, resultId)))
      throw new NotFoundException({ message: 'There is no kept result with this id.', code: 'library.no_kept_result' });
  }
}

function summary(row: SelfTestVersionRow, requested: ContentLang): SelfTestSummary {
  const shownIn = selfTestShownIn(row.definition, requested);
  return {
    slug: row.slug,
    theme: row.theme,
    title: localText(row.definition.title, shownIn),
    intro: localText(row.definition.intro, shownIn),
    questionCount: row.definition.questions.length,
    shownIn,
    requested,
  };
}

/** A kept result reads in the language of the version it answered: the reader's when it has it, else Dutch. */
function kept(row: KeptResultRow, lang: ContentLang): KeptSelfTestResult {
  const definition: SelfTestContent = row.definition;
  const shownIn = selfTestShownIn(definition, lang);
  const band = definition.bands.find((b) => b.key === row.band);
  return {
    id: row.id,
    slug: row.slug,
    title: localText(definition.title, shownIn),
    version: row.version,
    score: row.score,
    maxScore: maxSelfTestScore(definition),
    band: { key: row.band, title: band ? localText(band.title, shownIn) : row.band },
    takenAt: row.taken_at.toISOString(),
    shownIn,
  };
}

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: { [field]: [message] } });
}
