import type * as z from 'zod/mini';
import type { FieldPath } from '../paths.js';

/** The parts of a zod schema's definition needed to walk into it. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
}

const definitionOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Definition;

/**
 * The schema of the value at `path` inside `schema`, or undefined where the
 * path leads nowhere the schema describes. Lets an edit check only the value
 * it changed: checking a whole contract with 2,000 logbook entries on every
 * keystroke cost milliseconds each time.
 */
export function schemaAt(schema: z.ZodMiniType, path: FieldPath): z.ZodMiniType | undefined {
  let current: z.ZodMiniType | undefined = schema;
  for (const segment of path) {
    let definition = definitionOf(current);
    while (
      (definition.type === 'optional' || definition.type === 'nullable') &&
      definition.innerType
    ) {
      current = definition.innerType;
      definition = definitionOf(current);
    }
    if (definition.type === 'object' && typeof segment === 'string') {
      current = Object.hasOwn(definition.shape ?? {}, segment)
        ? definition.shape![segment]
        : undefined;
    } else if (definition.type === 'array' && typeof segment === 'number') {
      current = definition.element;
    } else if (definition.type === 'record' && typeof segment === 'string') {
      current = definition.valueType;
    } else {
      current = undefined;
    }
    if (!current) return undefined;
  }
  return current;
}
