import { randomBytes } from 'node:crypto';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(240_000);

/**
 * The conversation tool (issue 15): the team lead imports a call list and divides it; the worker
 * calls a family, fills the questionnaire with a score of 4 and a call-back (and gets no answer at
 * four others); the call-back is on the worker's list; the team lead's weekly overview counts the
 * calls (five families: the smallest group it shows).
 */
describe('outreach call list journey (phone)', () => {
  const nabij = useNabij();

  it('imports a list, calls a family with the questionnaire, shows the call-back and counts the calls in the week', async () => {
    const tag = randomBytes(2).toString('hex');
    const families = ['Yilmaz', 'Bakker', 'Haile', 'Visser', 'Kowalski'].map((name) => `Familie ${name} ${tag}`);
    const csv = ['naam;telefoon;school', ...families.map((f, i) => `${f};06 1234 57${10 + i};De Regenboog`)].join('\n');

    const lead = await nabij.person(PHONE);
    await logIn(lead, nabij.url, 'teamlead@demo.nabij.nl');
    await lead.goto(`${nabij.url}/bellijsten`);
    await lead.getByLabel('Naam van de lijst').fill(`Belronde ${tag}`);
    await lead
      .getByLabel('Bestand met gezinnen (CSV)')
      .setInputFiles({ name: 'gezinnen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    expect((await wcagViolations(lead)).map((v) => `lists: ${v}`)).toEqual([]);
    await lead.getByRole('button', { name: 'Bellijst maken' }).click();
    await lead.getByText('De bellijst is gemaakt met 5 gezinnen.').waitFor();
    await lead.getByRole('link', { name: `Belronde ${tag}` }).click();
    for (const family of families) await lead.getByLabel(`Kies ${family}`).check();
    await lead.getByLabel('Verdeel de gekozen gezinnen aan').selectOption({ label: 'Youssef Amrani' });
    await lead.getByRole('button', { name: 'Verdeel' }).click();
    await lead.getByText('De gezinnen zijn verdeeld.').waitFor();
    expect((await wcagViolations(lead)).map((v) => `list: ${v}`)).toEqual([]);

    const worker = await nabij.person(PHONE);
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.goto(`${nabij.url}/bellijst`);
    await worker.getByRole('link', { name: `Open ${families[0]}` }).click();
    await worker.getByRole('button', { name: 'Begin het gesprek' }).click();
    await worker.getByLabel('Gesproken').check();
    await worker.getByLabel('Datum van het gesprek').fill('2026-12-01');
    await worker.locator('#vraag-vertrouwelijk').getByLabel('Ja').check();
    await worker.getByLabel('Hoeveel kinderen wonen er thuis?').fill('2');
    await worker.locator('#vraag-cijfer_ouders').getByLabel('4', { exact: true }).check();
    await worker.getByLabel('Wat helpt je om vol te houden?').fill('Mijn zus komt elke week langs.');
    await worker.locator('#vraag-iets_doen').getByLabel('Nee').check();
    await worker.locator('#vraag-nog_eens_bellen').getByLabel('Ja').check();
    const callBack = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await worker.getByLabel('Wanneer mogen we je bellen?').fill(callBack);
    expect((await wcagViolations(worker)).map((v) => `call: ${v}`)).toEqual([]);
    await worker.getByRole('button', { name: 'Opslaan en afronden' }).click();
    await worker.getByText(/Opgeslagen\. \d+ minuten staan bij Mijn uren om te bevestigen\./).waitFor();

    for (const family of families.slice(1)) {
      await worker.goto(`${nabij.url}/bellijst`);
      await worker.getByRole('link', { name: `Open ${family}` }).click();
      await worker.getByRole('button', { name: 'Begin het gesprek' }).click();
      await worker.getByLabel('Geen gehoor').check();
      await worker.getByRole('button', { name: 'Opslaan en afronden' }).click();
      await worker.getByText('Opgeslagen.', { exact: true }).waitFor();
    }
    await worker.goto(`${nabij.url}/bellijst`);
    await worker.getByRole('heading', { name: `Terugbellen: ${families[0]}` }).waitFor();
    expect((await wcagViolations(worker)).map((v) => `bellijst: ${v}`)).toEqual([]);
    await worker.context().close();

    await lead.goto(`${nabij.url}/bellijsten/overzicht`);
    const all = lead.getByRole('region', { name: 'Alle gezinnen' });
    await all.waitFor();
    const text = (await all.textContent()) ?? '';
    expect(text).toContain('Gezinnen gebeld5');
    expect(text).toContain('Gesproken1');
    expect(text).toContain('Nog terugbellen1');
    // One score is too few to show.
    expect(text).toContain('te weinig antwoorden');
    expect(text).not.toContain('Mijn zus');
    expect((await wcagViolations(lead)).map((v) => `summary: ${v}`)).toEqual([]);
    await lead.context().close();
  });
});
