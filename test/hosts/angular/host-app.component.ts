// An Angular page that embeds <learning-contract>: it binds the `contract`
// property to a signal and hears each change through `contract-change`.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { createEmptyContract, type LearningContract } from '@kollegalaering/core';
import type { ContractChangeEvent } from '@kollegalaering/components';

function contractFor(id: string, partyA: string): LearningContract {
  const contract = createEmptyContract({ id });
  contract.parties.a.name = partyA;
  return contract;
}

@Component({
  selector: 'host-app',
  // Lets Angular's template compiler accept our tags and bind their properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular host</h1>
      <p role="status">Party A: {{ contract().parties.a.name }} · changes: {{ changes() }}</p>
      <button type="button" (click)="openAnother()">Open another contract</button>
      <learning-contract
        storage="memory"
        perspective="party-a"
        [contract]="contract()"
        (contract-change)="onContractChange($event)"
      ></learning-contract>
    </main>
  `,
})
export class HostAppComponent {
  readonly contract = signal(contractFor('host-1', 'Mette Hansen'));
  readonly changes = signal(0);

  onContractChange(event: ContractChangeEvent): void {
    this.contract.set(event.detail.contract);
    this.changes.update((count) => count + 1);
  }

  openAnother(): void {
    this.contract.set(contractFor('host-2', 'Jonas Berg'));
  }
}
