/** The demo logins the README lists (the four roles, and a parent). They share one password. */
export const DEMO_PASSWORD = 'Nabij-demo-2026!';

/**
 * The authenticator secret (base32) of every demo staff account: staff must log in with a code
 * (two-factor authentication, NEN 7510). `npm start` prints it and the current code, `npm run
 * demo:code` prints the code. Public, like the password: the demo seed refuses to run in production.
 */
export const DEMO_TOTP_SECRET = 'VYMXSMYRCCKFO7ZXT4PPTKUWXKUGI4LE';

export const DEMO_ACCOUNTS = {
  client: 'client@demo.nabij.nl',
  worker: 'worker@demo.nabij.nl',
  teamLead: 'teamlead@demo.nabij.nl',
  admin: 'admin@demo.nabij.nl',
  /** A parent of a pupil in school social work (issue 17); no second step, like clients. */
  guardian: 'ouder@demo.nabij.nl',
} as const;

/** Service areas from the brief: four-digit postcode ranges per municipality (financier). */
export const DEMO_FINANCIERS = [
  { name: 'Leiden', ranges: [[2311, 2334]], socialTeam: 'Sociaal wijkteam Leiden', phone: '071 516 6000' },
  {
    name: 'Alphen aan den Rijn',
    ranges: [
      [2401, 2409],
      [2771, 2771],
    ],
    socialTeam: 'Sociaal team Alphen aan den Rijn',
    phone: '0172 465 465',
  },
  { name: 'Gouda', ranges: [[2801, 2809]], socialTeam: 'Sociaal team Gouda', phone: '14 0182' },
  { name: 'Lisse', ranges: [[2161, 2161]], socialTeam: 'Sociaal team Lisse', phone: '0252 433 500' },
] as const;
