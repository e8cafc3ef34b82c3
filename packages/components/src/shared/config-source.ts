import { issue, resolveSections, type Issue, type ResolvedSections } from '@kollegalaering/core';

/** The largest configuration the element reads from a script child, in characters. */
export const MAX_CONFIG_LENGTH = 200_000;

/**
 * Reads the section configuration a CMS editor put in the element's
 * `<script type="application/json">` child. Undefined when there is none.
 */
export function readConfigScript(
  host: HTMLElement,
): { value: unknown } | { issues: Issue[] } | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  const text = script.textContent ?? '';
  if (text.length > MAX_CONFIG_LENGTH) return { issues: [issue([], 'too-large')] };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    // For the page's developer, who reads it in the configuration error box: not one of core's codes.
    return { issues: [{ path: [], code: 'invalid-json' }] };
  }
}

/** The configuration from the property when set, else from the script child, resolved by core. */
export function resolveConfig(
  property: unknown,
  script: ReturnType<typeof readConfigScript>,
): { ok: true; value: ResolvedSections } | { ok: false; issues: Issue[] } {
  if (property !== undefined) return resolveSections(property);
  if (script && 'issues' in script) return { ok: false, issues: script.issues };
  return resolveSections(script?.value);
}
