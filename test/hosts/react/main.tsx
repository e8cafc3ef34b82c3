// A React 19 page that embeds <learning-contract>: it sets the `contract`
// property from its own state and hears each change through `contract-change`.
import { createEmptyContract, type LearningContract } from '@kollegalaering/core';
// Registers the elements before React first renders them, so React 19 sees
// `contract` as a property of the element and sets it as one.
import '@kollegalaering/components/define.js';
// Types for the tags in JSX, generated from custom-elements.json.
import type {} from '@kollegalaering/components/react-types';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function contractFor(id: string, partyA: string): LearningContract {
  const contract = createEmptyContract({ id });
  contract.parties.a.name = partyA;
  return contract;
}

function App() {
  const [contract, setContract] = useState(() => contractFor('host-1', 'Mette Hansen'));
  const [changes, setChanges] = useState(0);
  return (
    <main>
      <h1>React 19 host</h1>
      <p role="status">
        Party A: {contract.parties.a.name} · changes: {changes}
      </p>
      <button type="button" onClick={() => setContract(contractFor('host-2', 'Jonas Berg'))}>
        Open another contract
      </button>
      <learning-contract
        storage="memory"
        perspective="party-a"
        contract={contract}
        oncontract-change={(event) => {
          setContract(event.detail.contract);
          setChanges((count) => count + 1);
        }}
      />
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
