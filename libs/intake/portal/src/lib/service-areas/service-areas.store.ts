import { Injectable, computed, inject, signal } from '@angular/core';
import type { Financier, ServiceArea, ServiceAreaInput } from '@nabij/intake/contracts';
import { firstValueFrom } from 'rxjs';
import { IntakeApi } from '../intake.api';

/** The admin's list of postcode ranges per financier. Provided by the editor component. */
@Injectable()
export class ServiceAreasStore {
  private readonly api = inject(IntakeApi);
  private readonly _areas = signal<ServiceArea[] | null>(null);
  private readonly _financiers = signal<Financier[]>([]);

  readonly financiers = this._financiers.asReadonly();
  /** Sorted by financier, then range: how an admin reads them. Null while loading. */
  readonly areas = computed(() => {
    const areas = this._areas();
    return areas ? [...areas].sort((a, b) => a.financier.localeCompare(b.financier, 'nl') || a.postcodeFrom - b.postcodeFrom) : null;
  });

  async load(): Promise<void> {
    const [areas, financiers] = await Promise.all([firstValueFrom(this.api.serviceAreas()), firstValueFrom(this.api.financiers())]);
    this._areas.set(areas);
    this._financiers.set(financiers);
  }

  async save(input: ServiceAreaInput, id?: string): Promise<ServiceArea> {
    const saved = await firstValueFrom(id ? this.api.updateServiceArea(id, input) : this.api.createServiceArea(input));
    this._areas.update((areas) => [...(areas ?? []).filter((a) => a.id !== saved.id), saved]);
    return saved;
  }

  async remove(id: string): Promise<void> {
    await firstValueFrom(this.api.deleteServiceArea(id));
    this._areas.update((areas) => (areas ?? []).filter((a) => a.id !== id));
  }
}
