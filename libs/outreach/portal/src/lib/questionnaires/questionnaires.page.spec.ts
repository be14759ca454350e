import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { QuestionnaireSummary } from '@nabij/outreach/contracts';
import { QuestionnairesPage } from './questionnaires.page';
import { openPage, settle } from '../testing/open-page';

const LIST: QuestionnaireSummary[] = [
  {
    id: 'q1',
    title: 'Belronde gezinnen',
    currentVersionId: 'v1',
    versions: [{ id: 'v1', number: 1, status: 'published', publishedAt: '2026-11-02T09:00:00.000Z' }],
  },
];

describe('QuestionnairesPage', () => {
  it('lists the versions and makes a new draft from the newest version', async () => {
    const { harness, el, http } = await openPage(QuestionnairesPage, 'vragenlijsten', '/vragenlijsten', [
      ['/api/outreach/questionnaires', LIST],
    ]);
    expect(el.querySelector('li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Versie 1 · gepubliceerd op 2 november 2026');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Nieuwe versie'))!.click();
    const definition = { title: 'Belronde gezinnen', sections: [] };
    http.expectOne('/api/outreach/questionnaires/versions/v1').flush({ id: 'v1', definition });
    await settle(harness);
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/questionnaires/q1/versions' });
    expect(req.request.body).toEqual({ definition });
    req.flush({ id: 'v2', definition });
    await settle(harness);
    expect(navigate).toHaveBeenCalledWith(['/vragenlijsten/versie', 'v2']);
  });
});
