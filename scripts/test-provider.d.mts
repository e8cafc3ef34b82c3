export declare const ACCOUNTS: ReadonlyArray<{
  id: string;
  login: string;
  name: string;
  groups?: readonly string[];
}>;
/** HR's group at the provider (an Entra-style object id): `ADMIN_GROUPS` under `npm start -- --oidc`. */
export declare const HR_GROUP: string;
export declare const PASSWORD: string;
export declare const SERVER_CLIENT: { id: string; secret: string };
export declare const PAGE_CLIENT: string;
export declare const API_AUDIENCE: string;
export declare function startTestProvider(options?: {
  port?: number;
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  pageRedirectUris?: string[];
}): Promise<{ issuer: string; stop(): Promise<void> }>;
export declare class CookieJar {
  readonly cookies: Map<string, string>;
  take(response: Response): this;
  get header(): string;
}
export declare function loginWithoutBrowser(
  start: string,
  login: string,
  until: string,
): Promise<string>;
export declare function pageToken(
  issuer: string,
  login: string,
  redirectUri?: string,
): Promise<{ access_token: string; id_token?: string }>;
export declare function freePort(): Promise<number>;
