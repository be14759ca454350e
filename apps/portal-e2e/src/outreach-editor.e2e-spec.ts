import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(240_000);

/**
 * The questionnaire editor (issue 15): the admin makes a new version of the family questionnaire,
 * adds a question asked only when the parents' score is below 6, publishes it, and sees the version
 * read-only afterwards. On a phone, with keyboard-reachable labelled fields (axe).
 */
describe('outreach questionnaire editor (phone)', () => {
  const nabij = useNabij();

  it('makes, edits and publishes a new version, which is read-only after publishing', async () => {
    const admin = await nabij.person(PHONE);
    await logIn(admin, nabij.url, 'admin@demo.nabij.nl');
    await admin.getByRole('link', { name: 'Vragenlijsten voor belrondes' }).click();
    await admin.getByRole('heading', { name: 'Vragenlijsten', level: 1 }).waitFor();
    expect((await wcagViolations(admin)).map((v) => `list: ${v}`)).toEqual([]);
    await admin.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await admin.getByRole('heading', { name: /^Belronde gezinnen, versie \d+$/ }).waitFor();

    const sections = admin.locator('form > fieldset.card');
    const personal = sections.filter({ has: admin.getByRole('textbox', { name: 'Titel van dit deel' }) }).last();
    const questions = personal.locator('fieldset.editor-question');
    const before = await questions.count();
    await personal.getByRole('button', { name: 'Vraag toevoegen' }).click();
    // Angular draws the new question in a task after the click: until then `.last()` is the question
    // before it (a fast run typed the new text into that one).
    const question = questions.nth(before);
    await question.waitFor();
    await question.getByLabel('Vraag', { exact: true }).fill('Wat zou nu het meeste helpen?');
    await question.getByLabel('Korte naam (kleine letters, cijfers en _)').fill('meeste_hulp');
    await question.getByLabel('Wanneer stel je deze vraag?').selectOption({ value: 'cijfer_ouders' });
    await question.getByLabel('Als het antwoord').selectOption({ value: 'lt' });
    await question.getByLabel('Waarde').fill('6');
    expect((await wcagViolations(admin)).map((v) => `editor: ${v}`)).toEqual([]);
    await admin.getByRole('button', { name: 'Publiceren' }).click();
    await admin.getByText('De versie is gepubliceerd. Nieuwe gesprekken gebruiken deze versie.').waitFor();
    await admin.getByText('Deze versie is gepubliceerd en verandert niet meer.').waitFor();
    expect(await admin.getByRole('button', { name: 'Publiceren' }).count()).toBe(0);
    expect(await question.getByLabel('Vraag', { exact: true }).isDisabled()).toBe(true);
    await admin.context().close();
  });
});
