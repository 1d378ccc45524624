import { missingField, pointer, segments, type Finding, type Report, type Severity } from '@goodday/validate';

/** The findings to put on a form: a validation report, or anything with its `findings`. */
export type FindingsSource = Pick<Report, 'findings'>;

/** What each error's `params` carries: the finding's rule, severity and source, and a missing field's name. */
export interface FindingParams {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly source: string;
  /** For `structure/required`: the field that is missing, already part of `instancePath`. */
  readonly missingProperty?: string;
}

/** One error in the shape of ajv's `ErrorObject`, as JSON Forms takes it in `additionalErrors`. */
export interface JsonFormsFindingError {
  /** JSON Pointer to the field the finding is about (for a missing field, the field itself). */
  instancePath: string;
  schemaPath: string;
  /** The finding's rule id, so JSON Forms never filters it as one of ajv's own keywords. */
  keyword: string;
  params: FindingParams;
  message: string;
}

/** rjsf's `ErrorSchema`: one node per field, messages in `__errors` (an intersection, as rjsf declares it). */
export type RjsfErrorSchema = { __errors?: string[] } & { [field: string]: RjsfErrorSchema | undefined };

const PREFIX: Readonly<Record<Severity, string>> = { error: '', warning: 'Warning: ', info: 'Note: ' };

// Form libraries show every message as an error; the prefix is the only way to tell a warning does not block the record.
const shownMessage = (f: Finding): string => PREFIX[f.severity] + f.message;


// The JSON Pointer of the field a finding belongs on: its path, or for a missing field, the field itself.
function findingField(f: Finding): string {
  const missing = missingField(f);
  return missing === undefined ? f.path : f.path + pointer(missing);
}

/**
 * Every finding of a report (structure, rules and language) as JSON Forms `additionalErrors`: one ajv-shaped error
 * per finding, on the control at its path (a missing field's own control), with the finding's message. Warnings
 * and notes are prefixed "Warning: " and "Note: ", as JSON Forms shows every error alike. The report is not changed.
 */
export function findingsToJsonForms(report: FindingsSource): JsonFormsFindingError[] {
  return report.findings.map((f) => {
    const missing = missingField(f);
    return {
      instancePath: findingField(f),
      schemaPath: '',
      keyword: f.ruleId,
      params: { ruleId: f.ruleId, severity: f.severity, source: f.source, ...(missing === undefined ? {} : { missingProperty: missing }) },
      message: shownMessage(f),
    };
  });
}

// No prototype, so a path through `__proto__` or `constructor` names a field and never reaches one: plain assignment
// then makes an own property even of "__proto__", whose setter lives on Object.prototype.
const node = (): RjsfErrorSchema => Object.create(null) as RjsfErrorSchema;

/**
 * Every finding of a report (structure, rules and language) as rjsf `extraErrors`: the finding's message in the
 * `__errors` of the field at its path (a missing field's own node; the whole record's at the root; array indexes as
 * keys). Warnings and notes are prefixed as for JSON Forms. Nodes have no prototype. The report is not changed.
 */
export function findingsToRjsf(report: FindingsSource): RjsfErrorSchema {
  const root = node();
  for (const f of report.findings) {
    let here = root;
    for (const key of segments(findingField(f))) {
      // rjsf keeps a node's own messages under `__errors`, so a field of that name cannot have a node: use its parent's.
      if (key === '__errors') break;
      const next = Object.hasOwn(here, key) ? here[key] : undefined;
      if (next && !Array.isArray(next)) {
        here = next;
      } else {
        const child = node();
        here[key] = child;
        here = child;
      }
    }
    if (Object.hasOwn(here, '__errors')) here.__errors!.push(shownMessage(f));
    else here.__errors = [shownMessage(f)];
  }
  return root;
}
