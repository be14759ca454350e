import { clientMail, clientSms, staffMail } from './client-mail';

const texts = {
  nl: { subject: 'Nieuw bericht', lines: ['Er is een bericht.', 'https://nabij.example/login'] },
  en: { subject: 'New message', lines: ['There is a message.', 'https://nabij.example/login'] },
  ar: { subject: 'رسالة جديدة', lines: ['لديك رسالة.', 'https://nabij.example/login'] },
  tr: { subject: 'Yeni mesaj', lines: ['Bir mesajınız var.', 'https://nabij.example/login'] },
  pl: { subject: 'Nowa wiadomość', lines: ['Masz wiadomość.', 'https://nabij.example/login'] },
};

describe('clientMail', () => {
  it('writes a Dutch reader in Dutch only', () => {
    expect(clientMail('a@b.nl', 'nl', texts)).toEqual({
      to: 'a@b.nl',
      subject: 'Nieuw bericht',
      text: 'Er is een bericht.\nhttps://nabij.example/login',
    });
  });

  it("writes in the reader's language first with the Dutch text below, for a Dutch-reading helper", () => {
    const mail = clientMail('a@b.nl', 'tr', texts);
    expect(mail.subject).toBe('Yeni mesaj / Nieuw bericht');
    expect(mail.text).toBe('Bir mesajınız var.\nhttps://nabij.example/login\n\n---\nEr is een bericht.\nhttps://nabij.example/login');
  });

  it('falls back to Dutch when the language is not known', () => {
    expect(clientMail('a@b.nl', null, texts).subject).toBe('Nieuw bericht');
  });
});

describe('staffMail', () => {
  it('writes Dutch first and English below a line, with both subjects', () => {
    expect(staffMail('a@b.nl', texts)).toEqual({
      to: 'a@b.nl',
      subject: 'Nieuw bericht / New message',
      text: 'Er is een bericht.\nhttps://nabij.example/login\n\n---\nThere is a message.\nhttps://nabij.example/login',
    });
  });
});

describe('clientSms', () => {
  it("is in the reader's language only", () => {
    const sms = { nl: 'Kijk in Nabij.', en: 'Look in Nabij.', ar: 'انظر في Nabij.', tr: "Nabij'e bakın.", pl: 'Zajrzyj do Nabij.' };
    expect(clientSms('pl', sms)).toBe('Zajrzyj do Nabij.');
    expect(clientSms(undefined, sms)).toBe('Kijk in Nabij.');
  });
});
