import type { ReferralPlace } from '@nabij/intake/contracts';

/**
 * Where someone outside our region can go. National places always help, whatever the postcode;
 * the portal has a plain-language description for each id.
 */
export const NATIONAL_REFERRALS: ReferralPlace[] = [
  { id: 'own-municipality', name: 'Sociaal (wijk)team van je gemeente', url: 'https://www.overheid.nl/wie-is-mijn-gemeente' },
  { id: 'luisterlijn', name: 'De Luisterlijn', phone: '088 0767 000', url: 'https://www.deluisterlijn.nl' },
  { id: 'juridisch-loket', name: 'Het Juridisch Loket', phone: '0800 8020', url: 'https://www.juridischloket.nl' },
  { id: 'geldfit', name: 'Geldfit', phone: '0800 8115', url: 'https://www.geldfit.nl' },
  { id: '113', name: '113 Zelfmoordpreventie', phone: '0800 0113', url: 'https://www.113.nl' },
];
