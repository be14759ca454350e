import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(180_000);

/**
 * Issue 16's forum journey on the demo: the demo client (a participant of the assertiveness course)
 * chooses a nickname and starts a topic in the course's group (it waits: her first post); the demo
 * worker, the course's trainer, approves it from the moderation list; another participant of the
 * course replies and marks the topic "Dit hielp mij". One browser context per person.
 */
describe('forum: a first post waits, the trainer approves it, another participant replies and marks it helpful', () => {
  const nabij = useNabij();
  let participant: Page;
  let trainer: Page;
  let other: Page;
  const title = `Nee zeggen op het werk ${Date.now().toString(36)}`;

  const group = (page: Page) => page.getByRole('link', { name: 'Groep: Assertiviteit: voor jezelf opkomen' });

  beforeAll(async () => {
    participant = await nabij.person(PHONE);
    trainer = await nabij.person(DESKTOP);
    other = await nabij.person(PHONE);
  });

  it('lets the participant choose a nickname and post in the group; the post waits for a moderator', async () => {
    await logIn(participant, nabij.url, 'client@demo.nabij.nl');
    await participant.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /Forum/ }).click();
    await participant.waitForURL(/\/forum$/);
    await participant.getByText('Hulp nodig? Bel 113').waitFor();
    await participant.getByLabel('Je bijnaam').fill('Sanne');
    await participant.getByRole('button', { name: 'Bijnaam opslaan' }).click();
    await participant.getByText('Je bijnaam lijkt op je echte naam').waitFor();
    await participant.getByLabel('Je bijnaam').fill('Koolmees');
    await participant.getByRole('button', { name: 'Bijnaam opslaan' }).click();
    await participant.getByText('Je bijnaam is Koolmees.').waitFor();
    expect((await wcagViolations(participant)).map((v) => `home: ${v}`)).toEqual([]);

    await group(participant).click();
    await participant.waitForURL(/\/forum\/[0-9a-f-]{36}$/);
    await participant.getByLabel('Titel').fill(title);
    await participant
      .getByLabel('Je bericht')
      .fill('Mijn baas vraagt vaak of ik langer blijf. Ik zeg altijd ja. Hoe zeggen jullie nee? 🙂');
    await participant.getByRole('button', { name: 'Plaatsen' }).click();
    await participant.getByText('Je eerste bericht wordt eerst bekeken door een moderator').waitFor();
    await participant.locator('.forum-list li', { hasText: title }).getByText('Wacht op een moderator').waitFor();
    expect((await wcagViolations(participant)).map((v) => `forum: ${v}`)).toEqual([]);
  });

  it('gives the trainer the post in the moderation list, who approves it', async () => {
    await logIn(trainer, nabij.url, 'worker@demo.nabij.nl');
    await trainer.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /Forum/ }).click();
    await trainer.getByRole('link', { name: /Moderatie/ }).click();
    await trainer.waitForURL(/\/forum\/moderatie$/);
    const item = trainer.locator('article.post', { hasText: title });
    await item.waitFor();
    expect(await item.textContent()).toContain('Koolmees');
    expect(await item.textContent()).toContain('Eerste bericht');
    expect((await wcagViolations(trainer)).map((v) => `moderation: ${v}`)).toEqual([]);
    await item.getByRole('button', { name: 'Goedkeuren' }).click();
    await trainer.getByText('Gedaan.').waitFor();
    await item.waitFor({ state: 'detached' });
  });

  it('lets another participant read it as new, reply and mark it "Dit hielp mij"', async () => {
    await logIn(other, nabij.url, 'fatima.training@demo.nabij.nl');
    await other.goto(`${nabij.url}/forum`);
    await group(other).click();
    const topic = other.locator('.forum-list li', { hasText: title });
    await topic.getByText('Nieuw').waitFor();
    await topic.getByRole('link', { name: title }).click();
    await other.waitForURL(/\/forum\/onderwerp\//);
    const opening = other.locator('article.post').first();
    expect(await opening.textContent()).toContain('Koolmees');
    await opening.getByRole('button', { name: 'Dit hielp mij' }).click();
    await opening.getByText('1 keer geholpen').waitFor();
    expect(await opening.getByRole('button', { name: 'Dit hielp mij' }).getAttribute('aria-pressed')).toBe('true');
    await other.getByLabel('Je reactie').fill('Ik oefen eerst thuis: "Vandaag niet, ik heb al iets gepland." Dat helpt mij.');
    await other.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await other.getByText('Je bericht staat in het forum.').waitFor();
    const reply = other.locator('article.post', { hasText: 'Ik oefen eerst thuis' });
    await reply.waitFor();
    expect(await reply.textContent()).toContain('Zonnestraal');
    expect((await wcagViolations(other)).map((v) => `topic: ${v}`)).toEqual([]);

    // The participant sees the reply and that it helped.
    await participant.goto(`${nabij.url}/forum`);
    await group(participant).click();
    await participant.locator('.forum-list li', { hasText: title }).getByRole('link', { name: title }).click();
    await participant.locator('article.post', { hasText: 'Ik oefen eerst thuis' }).waitFor();
    await participant.locator('article.post').first().getByText('1 keer geholpen').waitFor();
  });
});
