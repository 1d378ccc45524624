// Types for options.mjs, so the test beside it is type-checked.
import type { ParseArgsConfig } from 'node:util';

type Option = NonNullable<ParseArgsConfig['options']>[string] & { readonly description: string };

/** Benchmark name → parseArgs options (with a description each), in the order `pnpm bench` runs them. */
export declare const benchOptions: Readonly<Record<'validate' | 'language' | 'render' | 'forms' | 'bundle' | 'audit', Readonly<Record<string, Option>>>>;

/** The options of one benchmark, as `parseArgs` takes them. */
export declare const parseArgsOptions: (bench: keyof typeof benchOptions) => NonNullable<ParseArgsConfig['options']>;
