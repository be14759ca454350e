import { defineTexts } from '@nabij/platform/portal';

/** Texts of the referral counts on the report page. */
export const referralReportTexts = defineTexts({
  nl: {
    'referralReport.title': 'Verwijzingen naar de sociale kaart',
    'referralReport.intro':
      'Hoe vaak medewerkers cliënten naar andere hulp verwezen, per maand en per onderwerp, met de stand van nu. Alleen aantallen. Een onderwerp met minder dan {min} verwijzingen staat er niet apart in, zodat niemand herkenbaar is.',
    'referralReport.loading': 'Verwijzingen laden…',
    'referralReport.empty': 'In deze periode zijn geen verwijzingen gemaakt.',
    'referralReport.monthCaption': 'Verwijzingen per maand, {from} t/m {to}',
    'referralReport.categoryCaption': 'Verwijzingen per onderwerp, {from} t/m {to} (een dienst met twee onderwerpen telt bij allebei)',
    'referralReport.month': 'Maand',
    'referralReport.category': 'Onderwerp',
    'referralReport.proposed': 'Voorgesteld',
    'referralReport.made': 'Aangemeld',
    'referralReport.accepted': 'Geaccepteerd',
    'referralReport.closed': 'Afgesloten',
    'referralReport.total': 'Totaal',
    'referralReport.small': '{count} onderwerp(en) met minder dan {min} verwijzingen niet apart getoond.',
    'referralReport.noCategories': 'Geen onderwerp had {min} of meer verwijzingen.',
    'referralReport.csvMonths': 'Verwijzingen per maand als CSV',
    'referralReport.csvCategories': 'Verwijzingen per onderwerp als CSV',
  },
  en: {
    'referralReport.title': 'Referrals to the social map',
    'referralReport.intro':
      'How often workers referred clients to other help, per month and per topic, with the status now. Numbers only. A topic with fewer than {min} referrals is not shown on its own, so nobody can be recognised.',
    'referralReport.loading': 'Loading referrals…',
    'referralReport.empty': 'No referrals were made in this period.',
    'referralReport.monthCaption': 'Referrals per month, {from} to {to}',
    'referralReport.categoryCaption': 'Referrals per topic, {from} to {to} (a service with two topics counts in both)',
    'referralReport.month': 'Month',
    'referralReport.category': 'Topic',
    'referralReport.proposed': 'Proposed',
    'referralReport.made': 'Referred',
    'referralReport.accepted': 'Accepted',
    'referralReport.closed': 'Closed',
    'referralReport.total': 'Total',
    'referralReport.small': '{count} topic(s) with fewer than {min} referrals not shown on their own.',
    'referralReport.noCategories': 'No topic had {min} or more referrals.',
    'referralReport.csvMonths': 'Referrals per month as CSV',
    'referralReport.csvCategories': 'Referrals per topic as CSV',
  },
});
