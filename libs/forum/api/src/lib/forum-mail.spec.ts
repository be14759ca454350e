import { forumMail } from './forum-notifier.service';

describe('forum mails', () => {
  it('tell a member in their own language with the Dutch below, and never what was written', () => {
    const mail = forumMail('reply', 'lid@example.nl', 'https://nabij.example/forum', 'tr');
    expect(mail.subject).toBe('Nabij forumunda yeni yanıt / Nieuwe reactie in het forum van Nabij');
    const [turkish, dutch] = mail.text.split('\n---\n');
    expect(turkish).toContain('Başlattığın bir sohbete biri yanıt verdi.');
    expect(turkish).toContain('Okumak için giriş yap: https://nabij.example/forum');
    expect(dutch).toContain('Iemand heeft gereageerd in een gesprek dat jij bent begonnen.');
  });

  it('give a Dutch member Dutch only, and moderators their notice in Dutch whatever their language', () => {
    expect(forumMail('approved', 'lid@example.nl', 'https://nabij.example/forum', 'nl').text).not.toContain('---');
    const crisis = forumMail('crisis', 'moderator@example.nl', 'https://nabij.example/forum/moderatie', 'en');
    expect(crisis.subject).toBe('Forum Nabij: een bericht vraagt direct aandacht');
    expect(crisis.text).toContain('Log in om het te lezen: https://nabij.example/forum/moderatie');
  });
});
