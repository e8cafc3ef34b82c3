import type { LocalisedText } from '@kollegalaering/core';
import type { OrganisationSettings } from '@kollegalaering/core/organisation';
import type {
  PartnerEntry,
  PartnerEntryInput,
  PartnerProposal,
} from '@kollegalaering/core/partners';

/** What the board reads and sends: the server's /partners routes (docs/http-api.yaml). */
export interface PartnerApiOptions {
  endpoint: string;
  headers?: (() => Record<string, string> | Promise<Record<string, string>>) | undefined;
}

export interface Board {
  mine: PartnerEntry | null;
  entries: PartnerEntry[];
}

export interface Proposals {
  received: PartnerProposal[];
  sent: PartnerProposal[];
}

/** A refused or failed request: `status` 0 when the server could not be reached. */
export class PartnerApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

export function partnerApi({ endpoint, headers }: PartnerApiOptions) {
  const base = endpoint.replace(/\/+$/, '');
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
          ...(await headers?.()),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch {
      throw new PartnerApiError(0, 'unavailable');
    }
    if (!response.ok) {
      const refusal = (await response.json().catch(() => ({}))) as { code?: string };
      throw new PartnerApiError(response.status, refusal.code ?? 'unavailable');
    }
    return (response.status === 204 ? null : await response.json()) as T;
  }
  return {
    board: () => call<Board>('GET', '/partners'),
    proposals: () => call<Proposals>('GET', '/partners/proposals'),
    /** The themes in the organisation's current settings (none where it lists none); refused where the server keeps none. */
    themes: async (): Promise<LocalisedText[]> => {
      const current = await call<{ settings: OrganisationSettings }>(
        'GET',
        '/organisation/settings',
      );
      return current.settings.sections.process?.themes ?? [];
    },
    save: (entry: PartnerEntryInput) => call<PartnerEntry>('PUT', '/partners/me', entry),
    optOut: () => call<null>('DELETE', '/partners/me'),
    propose: (to: string, theme: string, message: string) =>
      call<PartnerProposal>('POST', '/partners/proposals', { to, theme, message }),
    answer: (id: string, accept: boolean) =>
      call<PartnerProposal>(
        'POST',
        `/partners/proposals/${encodeURIComponent(id)}/${accept ? 'accept' : 'decline'}`,
      ),
  };
}
