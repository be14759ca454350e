import { randomBytes } from 'node:crypto';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(150_000);

/**
 * Issue 14's journey: a visitor searches the library for "schulden", reads an article, takes the money
 * quickscan, whose advice leads to an anonymous question; the demo worker answers it from the queue;
 * the visitor reads the answer through the private link.
 */
describe('anonymous first question journey (phone)', () => {
  const nabij = useNabij();

  it('searches "schulden", reads an article, takes the quickscan, asks anonymously, the worker answers, the visitor reads the answer through the link', async () => {
    const nickname = `Zonnebloem-${randomBytes(3).toString('hex')}`;
    const visitor = await nabij.person(PHONE);
    await visitor.goto(`${nabij.url}/bibliotheek`);
    await visitor.getByLabel('Zoek in de bibliotheek').fill('schulden');
    await visitor.getByRole('button', { name: 'Zoeken' }).click();
    await visitor.waitForURL(/\/bibliotheek\/zoeken\?q=schulden$/);
    const hits = visitor.locator('.hit-list li');
    await hits.first().waitFor();
    // Titles first: the article with "Schulden" in its title leads; the words found are marked.
    expect(await hits.first().locator('a').textContent()).toContain('Schulden');
    expect(await visitor.locator('.hit-list mark').count()).toBeGreaterThan(0);
    await hits.first().locator('a').click();
    await visitor.waitForURL(/\/bibliotheek\/[a-z0-9-]+$/);
    expect(await visitor.locator('h1').textContent()).toContain('Schulden');
    expect(await visitor.locator('article, .article-body').first().textContent()).toBeTruthy();

    await visitor.goto(`${nabij.url}/zelftesten/quickscan-geldzorgen`);
    await visitor.getByRole('button', { name: 'Start de test' }).click();
    for (let i = 0; i < 8; i++) {
      await visitor.locator('label.option', { hasText: /^\s*Ja\s*$/ }).click();
      await visitor.locator('.button-row button').first().click();
    }
    expect(await visitor.locator('#test-result').textContent()).toBe('Je hebt serieuze geldzorgen');
    await visitor.getByRole('link', { name: 'Stel anoniem een vraag' }).click();
    await visitor.waitForURL(/\/vraag-stellen$/);

    await visitor.getByLabel('Je postcode').fill('2312 AB');
    await visitor.getByRole('button', { name: 'Kijk of we je kunnen helpen' }).click();
    await visitor.getByLabel('Een schuilnaam').fill(nickname);
    await visitor.getByLabel('Je vraag').fill('Ik heb drie aanmaningen van de energie. Waar begin ik?');
    expect((await wcagViolations(visitor)).map((v) => `ask: ${v}`)).toEqual([]);
    await visitor.getByRole('button', { name: 'Verstuur je vraag' }).click();
    const linkField = visitor.locator('#question-link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/mijn-vraag#[A-Za-z0-9_-]{43}$/);
    expect((await wcagViolations(visitor)).map((v) => `sent: ${v}`)).toEqual([]);

    const worker = await nabij.person(PHONE);
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.goto(`${nabij.url}/anonieme-vragen`);
    const item = worker.locator('section.thread-item', { hasText: nickname });
    await item.waitFor();
    expect(await item.textContent()).toContain('Ik heb drie aanmaningen van de energie.');
    await item.getByLabel('Je antwoord').fill('Bel de energieleverancier en vraag om een betalingsregeling. Wil je hulp? Meld je aan.');
    await item.getByRole('button', { name: 'Verstuur antwoord' }).click();
    await worker.getByText('Je antwoord is verstuurd.').waitFor();
    expect((await wcagViolations(worker)).map((v) => `queue: ${v}`)).toEqual([]);
    await worker.context().close();

    // The link as the visitor saved it: the token travels after #, so only this page sees it.
    await visitor.goto(link.replace(/^https?:\/\/[^/]+/, nabij.url));
    await visitor.getByRole('heading', { name: 'Het antwoord' }).waitFor();
    expect(await visitor.locator('.thread-item--answer .thread-text').textContent()).toContain('vraag om een betalingsregeling');
    expect((await wcagViolations(visitor)).map((v) => `read: ${v}`)).toEqual([]);
    await visitor.context().close();
  });
});
