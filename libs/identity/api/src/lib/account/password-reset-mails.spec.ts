import { clientPasswordResetMail, deactivatedAccountMail, noAccountMail, passwordResetMail } from './password-reset-mails';

const LINK = 'https://nabij.example/reset-password?token=abc';

describe('password reset mails', () => {
  it('gives staff the Dutch client mail with the English client mail below a line, both with the link', () => {
    const staff = passwordResetMail('w@org.nl', LINK);
    const dutch = clientPasswordResetMail('w@org.nl', LINK, 'nl');
    const english = clientPasswordResetMail('w@org.nl', LINK, 'en');
    expect(staff.subject).toBe('Nieuw wachtwoord voor Nabij / New password for Nabij');
    const [nl, en] = staff.text.split('\n\n---\n');
    expect(nl).toBe(dutch.text);
    expect(en).toBe(english.text.split('\n\n---\n')[0]);
    expect(en).toContain(LINK);
  });

  it('writes a client in their own language with the Dutch text below', () => {
    const mail = clientPasswordResetMail('c@example.nl', LINK, 'pl');
    expect(mail.subject).toBe('Nowe hasło do Nabij / Nieuw wachtwoord voor Nabij');
    expect(mail.text.indexOf('Otwórz link')).toBeLessThan(mail.text.indexOf('Klik op de link'));
  });

  it('sends an unknown address no link to reset, only the way to ask again, in Dutch and English', () => {
    const mail = noAccountMail('x@example.nl', 'https://nabij.example/forgot-password');
    expect(mail.subject).toBe('Nieuw wachtwoord voor Nabij / New password for Nabij');
    expect(mail.text).toMatch(/geen account met dit e-mailadres[\s\S]*forgot-password[\s\S]*---\nSomeone asked/);
    expect(mail.text).not.toMatch(/token=/);
  });

  it('sends a stopped account no link, and names who can help', () => {
    const mail = deactivatedAccountMail('x@example.nl');
    expect(mail.text).toMatch(/gestopt door de organisatie[\s\S]*---\n[\s\S]*Ask an administrator/);
    expect(mail.text).not.toMatch(/https?:/);
  });
});
