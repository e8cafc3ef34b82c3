import type { StoryContext } from '@storybook/web-components-vite';

/**
 * The storage chosen in the toolbar, for stories that start from an empty
 * contract. Each story keeps its contract under its own id, so with `local`
 * or `indexeddb` what you type is still there after a reload; with `memory`
 * it is gone. Stories that show a given contract or a storage fault bring
 * their own and ignore the toolbar.
 */
export function toolbarStorage(context: Pick<StoryContext, 'globals' | 'id'>): {
  storage: string;
  contractId: string;
} {
  return {
    storage: String(context.globals['storage'] ?? 'memory'),
    contractId: `storybook-${context.id}`,
  };
}
