import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/** A visitor on a phone takes the money quickscan with the keyboard and follows its advice. */
describe('self-test journey (public, keyboard, phone)', () => {
  const nabij = useNabij();

  /** Answers the open question with the keyboard: Tab to the first option, arrows to the one wanted, Enter on Next. */
  async function answerWithKeyboard(page: Page, optionIndex: number): Promise<void> {
    const legend = page.locator('fieldset legend');
    await legend.waitFor();
    await page.locator('fieldset input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < optionIndex; i++) await page.keyboard.press('ArrowDown');
    await page.locator('.button-row button').first().focus();
    await page.keyboard.press('Enter');
  }

  it('goes from the library to the quickscan, one question a screen, to stepped advice and an article', async () => {
    const page = await nabij.person(PHONE);
    await page.goto(`${nabij.url}/bibliotheek`);
    await page.getByRole('link', { name: 'Naar de zelftesten' }).click();
    await page.getByRole('link', { name: 'Quickscan geldzorgen' }).click();
    await page.getByRole('button', { name: 'Start de test' }).click();

    await page.locator('fieldset legend').waitFor();
    expect(await page.locator('.progress-label').textContent()).toBe('Vraag 1 van 8');
    expect((await wcagViolations(page)).map((v) => `question: ${v}`)).toEqual([]);
    // The focus is on the question, so a screen reader reads it first.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LEGEND');

    // "Ja" (index 2) to the first four questions, "Nee" to the rest: 8 of 16 points, "Er zijn zorgen over geld".
    for (let i = 0; i < 8; i++) {
      await answerWithKeyboard(page, i < 4 ? 2 : 0);
      if (i < 7) await page.locator('.progress-label', { hasText: `Vraag ${i + 2} van 8` }).waitFor();
    }
    const result = page.locator('#test-result');
    await result.waitFor();
    expect(await result.textContent()).toBe('Er zijn zorgen over geld');
    expect(await page.locator('.score').textContent()).toContain('8 van de 16');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('test-result');
    expect(await page.locator('.advice-step h3').allTextContents()).toEqual([
      'Lees dit artikel',
      'Lees dit artikel',
      'Chat met ons',
      'Meld je aan voor hulp',
    ]);
    expect(await page.getByText('We hebben je antwoorden niet bewaard.').isVisible()).toBe(true);
    expect((await wcagViolations(page)).map((v) => `result: ${v}`)).toEqual([]);
    // Nothing fits wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('link', { name: 'Schulden: wat kun je zelf doen?' }).click();
    await page.waitForURL(/\/bibliotheek\/schulden-wat-kun-je-zelf-doen$/);
    expect(await page.locator('h1').textContent()).toBe('Schulden: wat kun je zelf doen?');
    await page.context().close();
  });

  it('lets the logged-in client keep a result, see it under Mijn zelftesten and delete it', async () => {
    const page = await nabij.person(PHONE);
    await logIn(page, nabij.url, 'client@demo.nabij.nl');
    await page.goto(`${nabij.url}/zelftesten/stresstest`);
    await page.getByRole('button', { name: 'Start de test' }).click();
    for (let i = 0; i < 8; i++) {
      await page.locator('label.option', { hasText: 'Soms' }).click();
      await page.locator('.button-row button').first().click();
    }
    expect(await page.locator('#test-result').textContent()).toBe('Je hebt best veel stress');
    await page.getByRole('button', { name: 'Bewaar mijn uitslag' }).click();
    await page.getByRole('link', { name: 'Bekijk je bewaarde uitslagen' }).click();
    await page.waitForURL(/\/mijn-zelftesten$/);
    const item = page.locator('.kept-list li', { hasText: 'Stresstest' }).first();
    expect(await item.textContent()).toContain('Je hebt best veel stress');
    expect((await wcagViolations(page)).map((v) => `my self-tests: ${v}`)).toEqual([]);
    const before = await page.locator('.kept-list li').count();
    await item.getByRole('button').click();
    await page.getByText('De uitslag is verwijderd.').waitFor();
    expect(await page.locator('.kept-list li').count()).toBe(before - 1);
    await page.context().close();
  });
});
