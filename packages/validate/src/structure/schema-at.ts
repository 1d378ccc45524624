import { getSchemaById, type JsonSchema } from '@goodday/schemas';
import { segments } from '../json-pointer.js';

interface Located {
  readonly node: JsonSchema;
  /** The `$id` of the schema document the node belongs to, for resolving relative references. */
  readonly base: string;
}

// Follows `$ref` (local or to another Good Day schema) until it reaches a node that is not a reference.
function deref({ node, base }: Located): Located {
  let current: Located = { node, base };
  for (let hops = 0; current.node.$ref && hops < 16; hops++) {
    const [file, fragment = ''] = current.node.$ref.split('#');
    const docId = file ? new URL(file, current.base).href : current.base;
    const doc = getSchemaById(docId);
    if (!doc) return current;
    let target: unknown = doc;
    for (const s of segments(fragment)) target = (target as Record<string, unknown> | undefined)?.[s];
    if (!target || typeof target !== 'object') return current;
    current = { node: target as JsonSchema, base: docId };
  }
  return current;
}

/** The schema node that describes the value at an instance path, following properties, items and references. */
export function schemaAt(rootId: string, instancePath: string): Located | undefined {
  const root = getSchemaById(rootId);
  if (!root) return undefined;
  let here: Located = deref({ node: root, base: rootId });
  for (const s of segments(instancePath)) {
    const next = /^\d+$/.test(s) && here.node.items ? here.node.items : here.node.properties?.[s];
    if (!next) return undefined;
    here = deref({ node: next, base: here.base });
  }
  return here;
}

/** A property's plain title: its own, or else that of the schema it refers to. */
export function propertyTitle(parent: Located, property: string): string | undefined {
  const own = parent.node.properties?.[property];
  if (!own) return undefined;
  return own.title ?? deref({ node: own, base: parent.base }).node.title;
}
