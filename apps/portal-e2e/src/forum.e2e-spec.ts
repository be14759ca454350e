import { randomBytes } from 'node:crypto';
import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(240_000);

/**
 * Issue 16's forum journey in a group the trainer makes: the demo worker makes a group of "Omgaan
 * met stress" with two clients of their caseload (the demo client and Mohamed Bouzid) and a meeting;
 * the demo client chooses a nickname, goes to the group forum from her group page and starts a topic
 * (it waits: her first post); the trainer approves it from the moderation list; Mohamed reads it as
 * new, marks it "Dit hielp mij" and replies (his first post waits too, until the trainer approves it).
 * One browser context per person.
 */
describe('forum: a trainer makes a group, a first post waits, the trainer approves it, the other participant replies and marks it helpful', () => {
  const nabij = useNabij();
  let participant: Page;
  let trainer: Page;
  let other: Page;
  const tag = randomBytes(2).toString('hex');
  const group = `Omgaan met stress, forumgroep ${tag}`;
  const title = `Nee zeggen op het werk ${tag}`;
  const forumLink = (page: Page) => page.getByRole('link', { name: `Groep: ${group}` });

  beforeAll(async () => {
    participant = await nabij.person(PHONE);
    trainer = await nabij.person(DESKTOP);
    other = await nabij.person(PHONE);
  });

  /** Chooses a nickname on the forum's home page (a first visit asks for one). */
  const chooseNickname = async (page: Page, nickname: string) => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /Forum/ }).click();
    await page.waitForURL(/\/forum$/);
    await page.getByText('Hulp nodig? Bel 113').waitFor();
    await page.getByLabel('Je bijnaam').fill(nickname);
    await page.getByRole('button', { name: 'Bijnaam opslaan' }).click();
    await page.getByText(`Je bijnaam is ${nickname}.`).waitFor();
  };

  /** The moderation list: approve the waiting post with this text. */
  const approve = async (text: string) => {
    await trainer.goto(`${nabij.url}/forum/moderatie`);
    const item = trainer.locator('article.post', { hasText: text });
    await item.waitFor();
    expect(await item.textContent()).toContain('Eerste bericht');
    await item.getByRole('button', { name: 'Goedkeuren' }).click();
    await trainer.getByText('Gedaan.').waitFor();
    await item.waitFor({ state: 'detached' });
  };

  it('lets the trainer make a group with two participants and a meeting, with a link to its forum', async () => {
    await logIn(trainer, nabij.url, 'worker@demo.nabij.nl');
    await trainer.goto(`${nabij.url}/groepen`);
    await trainer.getByLabel('Training', { exact: true }).selectOption({ label: 'Omgaan met stress' });
    await trainer.getByLabel('Naam van de groep').fill(group);
    await trainer.getByLabel('Startdatum').fill('2027-01-12');
    await trainer.getByLabel(/In eigen tempo/).check();
    await trainer.getByRole('button', { name: 'Groep maken' }).click();
    await trainer.waitForURL(/\/groepen\/[0-9a-f-]{36}$/);
    await trainer.getByRole('heading', { level: 1, name: group }).waitFor();
    for (const name of ['Sanne de Vries', 'Mohamed Bouzid']) {
      await trainer.getByLabel('Cliënt', { exact: true }).selectOption({ label: name });
      await trainer.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await trainer.getByRole('cell', { name, exact: true }).waitFor();
    }
    await trainer.getByLabel('Datum', { exact: true }).fill('2027-01-12');
    await trainer.getByLabel('Begintijd').fill('19:00');
    await trainer.getByLabel('Ruimte', { exact: true }).fill('Buurthuis De Kooi, zaal 2');
    await trainer.getByLabel('Adres', { exact: true }).fill('Kooilaan 2, 2315 AK Leiden');
    await trainer.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await trainer
      .getByText(/12 januari.*120 minuten/)
      .first()
      .waitFor();
    // The group's forum opens with the group (the forum handles the cohort-created event).
    await trainer.getByRole('link', { name: 'Naar het groepsforum' }).click();
    await trainer.waitForURL(/\/forum\/[0-9a-f-]{36}$/);
    // The event is worked within seconds: until then the forum answers "not found", so look again.
    const heading = trainer.getByRole('heading', { level: 1, name: `Groep: ${group}` });
    for (let tries = 0; !(await heading.isVisible()); tries++) {
      if (tries === 15) throw new Error('The group forum did not open');
      await trainer.waitForTimeout(2000);
      await trainer.reload();
    }
  });

  it('lets the participant choose a nickname and post in the group forum from her group page; the post waits', async () => {
    await logIn(participant, nabij.url, 'client@demo.nabij.nl');
    await chooseNickname(participant, 'Koolmees');
    expect((await wcagViolations(participant)).map((v) => `home: ${v}`)).toEqual([]);
    // The group forum is among her forums, and her group page links to it.
    await forumLink(participant).waitFor();
    await participant.goto(`${nabij.url}/training`);
    await participant.locator('.my-group', { hasText: group }).getByRole('link', { name: 'Bekijk je groep' }).click();
    await participant.waitForURL(/\/training\/groep\/[0-9a-f-]{36}$/);
    await participant.getByRole('link', { name: 'Naar het groepsforum' }).click();
    await participant.getByRole('heading', { level: 1, name: `Groep: ${group}` }).waitFor();
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
    await trainer.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /Forum/ }).click();
    await trainer.getByRole('link', { name: /Moderatie/ }).click();
    await trainer.waitForURL(/\/forum\/moderatie$/);
    const item = trainer.locator('article.post', { hasText: title });
    await item.waitFor();
    expect(await item.textContent()).toContain('Koolmees');
    expect((await wcagViolations(trainer)).map((v) => `moderation: ${v}`)).toEqual([]);
    await approve(title);
  });

  it('lets the other participant read it as new, mark it "Dit hielp mij" and reply', async () => {
    await logIn(other, nabij.url, 'client01@demo.nabij.nl');
    await chooseNickname(other, 'Vuurtoren');
    await forumLink(other).click();
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
    // His first post waits for the trainer too.
    await other.getByText('Je eerste bericht wordt eerst bekeken door een moderator').waitFor();
    expect(await other.locator('article.post', { hasText: 'Ik oefen eerst thuis' }).textContent()).toContain('Vuurtoren');
    expect((await wcagViolations(other)).map((v) => `topic: ${v}`)).toEqual([]);

    await approve('Ik oefen eerst thuis');
    // The participant sees the reply and that her topic helped.
    await participant.goto(`${nabij.url}/forum`);
    await forumLink(participant).click();
    await participant.locator('.forum-list li', { hasText: title }).getByRole('link', { name: title }).click();
    await participant.locator('article.post', { hasText: 'Ik oefen eerst thuis' }).waitFor();
    await participant.locator('article.post').first().getByText('1 keer geholpen').waitFor();
  });
});
