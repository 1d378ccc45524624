/** An error as a precompiled ajv validator reports it (with `verbose` on). */
export interface StructureError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: Record<string, unknown>;
}

/** A precompiled structural validator. */
export interface StructureValidator {
  (data: unknown): boolean;
  errors?: StructureError[] | null;
}
