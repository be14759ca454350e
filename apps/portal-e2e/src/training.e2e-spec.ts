import { Page } from 'playwright-core';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/**
 * Issue 5's journey: the demo client (already enrolled by the demo seed) works through module 1
 * on a phone — reads, watches, does the self-test, hands in the diary form — the demo worker
 * replies (beside the client's self-test score), and module 2 opens for the client; then the client
 * starts the self-help course next to it. One browser context per person.
 */
describe('training: module 1, feedback from the trainer, module 2 opens', () => {
  const nabij = useNabij();
  let client: Page;
  let worker: Page;

  const login = (page: Page, email: string) => logIn(page, nabij.url, email);

  const visible = (page: Page, text: string | RegExp) => page.getByText(text).first().waitFor({ state: 'visible' });

  beforeAll(async () => {
    client = await nabij.person(PHONE);
    worker = await nabij.person(DESKTOP);
  });

  it('shows the client their training with module 1 open and the rest locked', async () => {
    await login(client, 'client@demo.nabij.nl');
    await client.locator('#main').getByRole('link', { name: 'Training' }).click();
    await client.waitForURL(/\/training$/);
    await visible(client, '0 van 8 modules klaar');
    await visible(client, 'Grenzen aangeven');
    expect(await client.locator('.module-item[data-status=locked]').count()).toBe(7);
    await client.getByRole('link', { name: /Ga verder/ }).click();
    await client.waitForURL(/\/training\/module\//);
    await visible(client, 'Module 1: Wat is assertief?');
  });

  it('reads the text and the video captions, and does the self-test one question at a time', async () => {
    await visible(client, 'Drie manieren om te reageren');
    await client.getByRole('button', { name: 'Gelezen, volgende stap' }).click();
    await visible(client, 'Het filmpje komt later');
    await visible(client, 'Dit is Sanne.');
    await client.getByRole('button', { name: 'Gezien, volgende stap' }).click();

    await visible(client, 'Vraag 1 van 4');
    await client.getByLabel('Ik zeg: "Deze zaterdag kan ik niet. Volgende week misschien wel."').check();
    await client.getByRole('button', { name: 'Volgende vraag' }).click();
    await client.getByLabel('Ik zeg: "Volgens mij krijg ik nog een euro terug."').check();
    await client.getByRole('button', { name: 'Volgende vraag' }).click();
    await client.getByLabel('4', { exact: true }).check();
    await client.getByRole('button', { name: 'Volgende vraag' }).click();
    await visible(client, 'Vraag 4 van 4');
    await client.getByLabel('2', { exact: true }).check();
    await client.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    await visible(client, 'Je score: 10 van 12');
    await visible(client, 'Je bent al aardig assertief');
    await client.getByRole('button', { name: 'Door naar het huiswerk' }).click();
  });

  it('hands in the diary form and says what happens next', async () => {
    await visible(client, 'Huiswerk: jouw dagboek van deze week');
    await client.getByRole('button', { name: 'Stuur naar mijn trainer' }).click();
    await visible(client, 'Schrijf hier iets op.');
    await client
      .getByLabel('Wat gebeurde er?')
      .fill('Mijn zus vroeg of ik zaterdag op haar kinderen wilde passen. Ik had al met een vriendin afgesproken.');
    await client.getByLabel('Wat dacht je?').fill('Ik dacht: als ik nee zeg, is ze boos op me.');
    await client.getByLabel('Wat voelde je?').fill('Ik voelde me gespannen. Mijn schouders werden stijf.');
    await client.getByLabel('Wat deed je?').fill('Ik zei ja en heb mijn vriendin afgebeld.');
    await client.getByLabel('Wat had je willen doen?').fill('Ik had willen zeggen dat het deze zaterdag niet kan, maar volgende week wel.');
    await client.getByRole('button', { name: 'Stuur naar mijn trainer' }).click();
    await visible(client, 'Je trainer kijkt ernaar. Je krijgt meestal binnen een paar dagen antwoord.');

    await client.getByRole('link', { name: /Terug naar mijn training/ }).click();
    await visible(client, 'Wacht op je trainer');
  });

  it('lets the demo worker read the diary beside the goals and reply', async () => {
    await login(worker, 'worker@demo.nabij.nl');
    await worker.getByRole('link', { name: 'Huiswerk nakijken' }).click();
    await worker.waitForURL(/\/huiswerk$/);
    await worker.getByRole('link', { name: 'Sanne de Vries' }).click();
    await worker.waitForURL(/\/huiswerk\/[0-9a-f-]{36}$/);
    await visible(worker, 'Huiswerk van Sanne de Vries');
    await visible(worker, 'Mijn zus vroeg of ik zaterdag');
    await visible(worker, 'Nee zeggen als ik nee bedoel');
    // The self-test of module 1 as the client saw it (issue 19).
    await visible(worker, 'Zelftest van deze module');
    await visible(worker, '10 van 12 punten');
    await worker
      .getByLabel('Jouw reactie')
      .fill('Wat goed dat je merkte dat je schouders stijf werden! Dat is je grens. Wat zou je je zus de volgende keer willen zeggen?');
    await worker.getByRole('button', { name: 'Reactie sturen' }).click();
    await visible(worker, 'Je reactie is verstuurd.');
  });

  it('shows the client the reply and opens module 2', async () => {
    await client.goto(`${nabij.url}/home`);
    await visible(client, 'Nieuwe reactie');
    await client.locator('#main').getByRole('link', { name: 'Training' }).click();
    await visible(client, '1 van 8 modules klaar');
    await client.getByRole('link', { name: 'Wat is assertief?' }).click();
    await client.getByRole('button', { name: /Huiswerk/ }).click();
    await visible(client, 'Je trainer schreef');
    await visible(client, 'Wat zou je je zus de volgende keer willen zeggen?');
    expect(await client.locator('textarea').count()).toBe(0);
    await client.getByRole('button', { name: 'Naar de volgende module' }).click();
    await client.waitForURL(/\/training\/module\//);
    await visible(client, 'Module 2: Grenzen voelen');
  });

  it('lets the client start the self-help course "Beter slapen" themself, and go back to the first training', async () => {
    await client.goto(`${nabij.url}/training`);
    await visible(client, 'Zelf aan de slag');
    await client.getByRole('button', { name: 'Ik wil deze training doen' }).click();
    await visible(client, 'Aanmelden voor Beter slapen');
    await client.getByRole('button', { name: 'Sneller in slaap vallen' }).click();
    await client.getByRole('button', { name: 'Minder piekeren in bed' }).click();
    await client.getByRole('button', { name: 'Start de training' }).click();
    await visible(client, '0 van 4 modules klaar');
    expect(await client.locator('.module-item[data-status=locked]').count()).toBe(3);
    await client.getByRole('button', { name: 'Open Assertiviteit: voor jezelf opkomen' }).click();
    await visible(client, '1 van 8 modules klaar');
  });
});
