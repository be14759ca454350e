import { randomBytes } from 'node:crypto';
import { logIn } from './support/log-in';
import { useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/** The demo admin writes an article, previews it, publishes it, and a visitor reads and finds it. */
describe('library editor journey', () => {
  const nabij = useNabij();

  it('writes, previews and publishes an article that a visitor then reads and finds', async () => {
    const tag = randomBytes(3).toString('hex');
    const admin = await nabij.person({ width: 1280, height: 900 });
    await logIn(admin, nabij.url, 'admin@demo.nabij.nl');
    await admin.goto(`${nabij.url}/bibliotheek/beheer`);
    await admin.getByRole('button', { name: 'Nieuw artikel' }).click();
    await admin.getByLabel('Adres (slug)').fill(`energierekening-${tag}`);
    await admin.getByLabel('Titel (nl)').fill(`Een hoge energierekening ${tag}`);
    await admin.getByLabel('Samenvatting (nl)').fill('Wat je doet als je de energie niet kunt betalen.');
    await admin
      .getByLabel('Tekst in Markdown (nl)')
      .fill('## Bel je leverancier\n\nVraag om een betalingsregeling. <script>alert(1)</script>');
    await admin.getByLabel('Titel (en)').fill(`A high energy bill ${tag}`);
    await admin.getByLabel('Samenvatting (en)').fill('What to do when you cannot pay for energy.');
    await admin.getByLabel('Tekst in Markdown (en)').fill('## Call your supplier\n\nAsk for a payment plan.');
    await admin.getByRole('button', { name: 'Voorbeeld van de Nederlandse tekst' }).click();
    await admin.locator('.editor-preview h2', { hasText: 'Bel je leverancier' }).waitFor();
    expect(await admin.locator('.editor-preview script').count()).toBe(0);
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('Opgeslagen.').waitFor();
    await admin.getByRole('button', { name: 'Publiceren' }).click();
    await admin.getByText('Gepubliceerd. Iedereen kan het artikel nu lezen.').waitFor();
    await admin.context().close();

    const visitor = await nabij.person();
    await visitor.goto(`${nabij.url}/bibliotheek/energierekening-${tag}`);
    expect(await visitor.locator('h1').textContent()).toBe(`Een hoge energierekening ${tag}`);
    expect(await visitor.locator('.article-body').textContent()).toContain('<script>alert(1)</script>');
    await visitor.goto(`${nabij.url}/bibliotheek/zoeken?q=${tag}`);
    await visitor.locator('.hit-list a', { hasText: `Een hoge energierekening ${tag}` }).waitFor();
    await visitor.context().close();
  });
});
