import { Injectable, inject } from '@angular/core';
import { POSTCODE_CHECK_PATH } from '@nabij/intake/contracts';
import type {
  ActivationLetter,
  AdmissionCreated,
  AdmissionRequest,
  Financier,
  LoginNameClient,
  PostcodeCheckResponse,
  RegistrationAccepted,
  RegistrationRequest,
  ServiceArea,
  ServiceAreaInput,
  VerifyRequest,
} from '@nabij/intake/contracts';
import type { OutboxMail } from '@nabij/platform/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** The intake endpoints of the API, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class IntakeApi {
  private readonly api = inject(ApiClient);

  checkPostcode(postcode: string): Observable<PostcodeCheckResponse> {
    return this.api.post(POSTCODE_CHECK_PATH, { postcode });
  }

  register(request: RegistrationRequest): Observable<RegistrationAccepted> {
    return this.api.post('/registrations', request);
  }

  verify(request: VerifyRequest): Observable<{ status: 'verified' }> {
    return this.api.post('/registrations/verify', request);
  }

  resend(email: string): Observable<RegistrationAccepted> {
    return this.api.post('/registrations/resend', { email });
  }

  admit(request: AdmissionRequest): Observable<AdmissionCreated> {
    return this.api.post('/admissions', request);
  }

  /** Clients admitted without an e-mail address, with their activation status. */
  loginNameClients(): Observable<LoginNameClient[]> {
    return this.api.get('/admissions/without-email');
  }

  /** A new printed code for a client with a login name; the old code stops working. */
  newActivationCode(clientId: string): Observable<ActivationLetter> {
    return this.api.post(`/admissions/${encodeURIComponent(clientId)}/activation-code`, {});
  }

  financiers(): Observable<Financier[]> {
    return this.api.get('/financiers');
  }

  serviceAreas(): Observable<ServiceArea[]> {
    return this.api.get('/admin/service-areas');
  }

  createServiceArea(input: ServiceAreaInput): Observable<ServiceArea> {
    return this.api.post('/admin/service-areas', input);
  }

  updateServiceArea(id: string, input: ServiceAreaInput): Observable<ServiceArea> {
    return this.api.put(`/admin/service-areas/${encodeURIComponent(id)}`, input);
  }

  deleteServiceArea(id: string): Observable<void> {
    return this.api.delete(`/admin/service-areas/${encodeURIComponent(id)}`);
  }

  /** Demo only: 404 when the outbox is switched off. */
  outbox(): Observable<OutboxMail[]> {
    return this.api.get('/dev/outbox');
  }
}
