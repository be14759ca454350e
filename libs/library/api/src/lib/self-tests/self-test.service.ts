import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import {
  AdviceStep,
  KeepSelfTestResult,
  KeptSelfTestResult,
  LibraryLang,
  maxSelfTestScore,
  scoreSelfTest,
  SelfTestContent,
  SelfTestSummary,
  SelfTestView,
} from '@nabij/library/contracts';
import { KeptResultRow, SelfTestRepository, SelfTestVersionRow } from './self-test.repository';

/**
 * Self-tests: anyone takes them (the portal scores in the browser and sends nothing); a logged-in
 * client may keep a result, which the API scores again from the answers against the published
 * version, so a kept score is always the honest one.
 */
@Injectable()
export class SelfTestService {
  constructor(
    private readonly repository: SelfTestRepository,
    private readonly clock: Clock,
  ) {}

  async list(lang: LibraryLang): Promise<SelfTestSummary[]> {
    return (await this.repository.current()).map((row) => summary(row, lang));
  }

  async get(lang: LibraryLang, slug: string): Promise<SelfTestView> {
    const row = await this.repository.currentBySlug(slug);
    if (!row) throw new NotFoundException({ message: 'There is no self-test at this address.', code: 'library.no_self_test' });
    const { definition } = row;
    const slugs = definition.bands.flatMap((b) => b.steps.flatMap((s) => (s.kind === 'article' ? [s.slug] : [])));
    const titles = await this.repository.articleTitles(lang, slugs);
    return {
      ...summary(row, lang),
      versionId: row.version_id,
      version: row.version,
      maxScore: maxSelfTestScore(definition),
      questions: definition.questions.map((q) => ({
        key: q.key,
        text: q.text[lang],
        options: q.options.map((o) => ({ points: o.points, label: o.label[lang] })),
      })),
      bands: definition.bands.map((b) => ({
        key: b.key,
        min: b.min,
        max: b.max,
        title: b.title[lang],
        text: b.text[lang],
        // An article that is no longer published drops out of the advice instead of ending on a 404.
        steps: b.steps.flatMap((s): AdviceStep[] => {
          if (s.kind === 'article') {
            const title = titles.get(s.slug);
            return title ? [{ kind: 'article', slug: s.slug, title }] : [];
          }
          if (s.kind === 'training') return [{ kind: 'training', name: s.name[lang], text: s.text[lang] }];
          return [{ kind: s.kind }];
        }),
      })),
    };
  }

  async keep(user: AuthUser, input: KeepSelfTestResult, lang: LibraryLang): Promise<KeptSelfTestResult> {
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

  async mine(user: AuthUser, lang: LibraryLang): Promise<KeptSelfTestResult[]> {
    return (await this.repository.resultsOf(user.id)).map((row) => kept(row, lang));
  }

  async remove(user: AuthUser, resultId: string): Promise<void> {
    // Another person's result is as unknown as one that never existed.
    if (!(await this.repository.deleteResult(user.id, resultId)))
      throw new NotFoundException({ message: 'There is no kept result with this id.', code: 'library.no_kept_result' });
  }
}

function summary(row: SelfTestVersionRow, lang: LibraryLang): SelfTestSummary {
  return {
    slug: row.slug,
    theme: row.theme,
    title: row.definition.title[lang],
    intro: row.definition.intro[lang],
    questionCount: row.definition.questions.length,
  };
}

function kept(row: KeptResultRow, lang: LibraryLang): KeptSelfTestResult {
  const definition: SelfTestContent = row.definition;
  const band = definition.bands.find((b) => b.key === row.band);
  return {
    id: row.id,
    slug: row.slug,
    title: definition.title[lang],
    version: row.version,
    score: row.score,
    maxScore: maxSelfTestScore(definition),
    band: { key: row.band, title: band ? band.title[lang] : row.band },
    takenAt: row.taken_at.toISOString(),
  };
}

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: { [field]: [message] } });
}
