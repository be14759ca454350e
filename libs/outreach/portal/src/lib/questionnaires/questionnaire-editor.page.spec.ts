import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { QuestionnaireVersionView } from '@nabij/outreach/contracts';
import { QuestionnaireEditorPage, parseOptions } from './questionnaire-editor.page';
import { openPage, settle } from '../testing/open-page';

const DRAFT: QuestionnaireVersionView = {
  id: 'v2',
  questionnaireId: 'q1',
  number: 2,
  status: 'draft',
  publishedAt: null,
  definition: {
    title: 'Belronde gezinnen',
    sections: [
      {
        title: 'Hoe gaat het?',
        questions: [
          { key: 'cijfer', type: 'scale', text: 'Welk cijfer geef je?', required: true },
          { key: 'nodig', type: 'text', text: 'Wat heb je nodig?', showIf: { question: 'cijfer', op: 'lt', value: 6 } },
        ],
      },
    ],
  },
};

describe('QuestionnaireEditorPage', () => {
  let http: HttpTestingController;

  async function open(version: QuestionnaireVersionView = DRAFT): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    const page = await openPage(QuestionnaireEditorPage, 'vragenlijsten/versie/:versionId', `/vragenlijsten/versie/${version.id}`, [
      [`/api/outreach/questionnaires/versions/${version.id}`, version],
    ]);
    http = page.http;
    return page;
  }

  const field = <T extends HTMLElement>(el: HTMLElement, id: string) => el.querySelector<T>(`#${id}`)!;
  const button = (el: HTMLElement, text: string) =>
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)!;

  it('edits a draft: a new multiple choice asked only if the score is below 6, saved as the whole definition', async () => {
    const { harness, el } = await open();
    expect(el.querySelector('h1')?.textContent).toBe('Belronde gezinnen, versie 2');
    // The existing condition reads back as chosen.
    expect(field<HTMLSelectElement>(el, 'q-0-1-if').value).toBe('cijfer');
    expect(field<HTMLSelectElement>(el, 'q-0-1-op').value).toBe('lt');
    button(el, 'Vraag toevoegen').click();
    harness.detectChanges();
    const text = field<HTMLInputElement>(el, 'q-0-2-text');
    text.value = 'Waar wil je hulp bij?';
    text.dispatchEvent(new Event('input'));
    const key = field<HTMLInputElement>(el, 'q-0-2-key');
    key.value = 'hulp_bij';
    key.dispatchEvent(new Event('input'));
    const type = field<HTMLSelectElement>(el, 'q-0-2-type');
    type.value = 'multiple_choice';
    type.dispatchEvent(new Event('change'));
    harness.detectChanges();
    const options = field<HTMLTextAreaElement>(el, 'q-0-2-options');
    options.value = 'geld: Geld en schulden\nEen computer of internet';
    options.dispatchEvent(new Event('change'));
    const showIf = field<HTMLSelectElement>(el, 'q-0-2-if');
    // Only earlier questions can be a condition.
    expect([...showIf.options].map((o) => o.value)).toEqual(['', 'cijfer', 'nodig']);
    showIf.value = 'cijfer';
    showIf.dispatchEvent(new Event('change'));
    harness.detectChanges();
    const op = field<HTMLSelectElement>(el, 'q-0-2-op');
    op.value = 'lt';
    op.dispatchEvent(new Event('change'));
    const value = field<HTMLInputElement>(el, 'q-0-2-value');
    value.value = '6';
    value.dispatchEvent(new Event('input'));
    button(el, 'Concept opslaan').click();
    const req = http.expectOne({ method: 'PUT', url: '/api/outreach/questionnaires/versions/v2' });
    expect(req.request.body.definition.sections[0].questions[2]).toEqual({
      key: 'hulp_bij',
      type: 'multiple_choice',
      text: 'Waar wil je hulp bij?',
      required: false,
      options: [
        { value: 'geld', label: 'Geld en schulden' },
        { value: 'een_computer_of_internet', label: 'Een computer of internet' },
      ],
      min: null,
      max: null,
      followUp: null,
      showIf: { question: 'cijfer', op: 'lt', value: 6 },
    });
    req.flush({ ...DRAFT, definition: req.request.body.definition });
    await settle(harness);
    expect(el.textContent).toContain('Het concept is opgeslagen.');
  });

  it('shows the problems the API finds at the question they are about', async () => {
    const { harness, el } = await open();
    button(el, 'Concept opslaan').click();
    http.expectOne({ method: 'PUT', url: '/api/outreach/questionnaires/versions/v2' }).flush(
      {
        statusCode: 400,
        message: 'Check these fields',
        fields: { 'definition.sections.0.questions.1.showIf': ['showIf.question must name an earlier question'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Het concept is niet opgeslagen.');
    const problem = field(el, 'vp-0-1');
    expect(problem.textContent).toContain('showIf: showIf.question must name an earlier question');
    expect(problem.closest('fieldset')?.getAttribute('aria-describedby')).toBe('vp-0-1');
  });

  it('saves, then publishes a draft', async () => {
    const { harness, el } = await open();
    button(el, 'Publiceren').click();
    http.expectOne({ method: 'PUT', url: '/api/outreach/questionnaires/versions/v2' }).flush(DRAFT);
    await settle(harness);
    http
      .expectOne({ method: 'POST', url: '/api/outreach/questionnaires/versions/v2/publish' })
      .flush({ ...DRAFT, status: 'published', publishedAt: '2026-12-01T10:00:00.000Z' });
    await settle(harness);
    expect(el.textContent).toContain('De versie is gepubliceerd.');
    expect(el.textContent).toContain('Deze versie is gepubliceerd en verandert niet meer.');
    expect(el.querySelector('button[type=submit]')).toBeNull();
  });

  it('shows a published version read-only, without save or publish', async () => {
    const { el } = await open({ ...DRAFT, id: 'v1', number: 1, status: 'published', publishedAt: '2026-11-01T10:00:00.000Z' });
    expect(el.textContent).toContain('Deze versie is gepubliceerd en verandert niet meer.');
    expect(field<HTMLInputElement>(el, 'q-0-0-text').disabled).toBe(true);
    expect(button(el, 'Publiceren')).toBeUndefined();
    expect(button(el, 'Vraag toevoegen')).toBeUndefined();
  });
});

describe('parseOptions', () => {
  it('reads value: label lines and makes a value from a label without one', () => {
    expect(parseOptions(' geld: Geld en schulden \n\nÉén ouder thuis\n')).toEqual([
      { value: 'geld', label: 'Geld en schulden' },
      { value: 'een_ouder_thuis', label: 'Één ouder thuis' },
    ]);
  });
});
