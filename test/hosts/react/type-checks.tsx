// Compiled, never run: proves the JSX typings are specific, not `any`.
import type {} from '@kollegalaering/components/react-types';

export const wrongPerspective = (
  // @ts-expect-error: `boss` is not one of the perspectives.
  <learning-contract perspective="boss" />
);

export const wrongEvent = (
  // @ts-expect-error: a contract-change listener gets the event, not a string.
  <learning-contract oncontract-change={(event: string) => event} />
);

export const unknownProperty = (
  // @ts-expect-error: the element has no `colour` property.
  <process-tracker colour="red" />
);
