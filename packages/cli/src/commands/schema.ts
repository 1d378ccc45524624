import { parseArgs } from 'node:util';
import { getSchema, listSchemas, listVersions, recordKinds, type SchemaName } from '@goodday/schemas';
import { llmSchema, type Provider } from '@goodday/llm';
import { ExitCode, UsageError } from '../exit-code.js';
import type { Io } from '../io.js';

export const schemaHelp = `Usage: goodday schema [<kind>] [--version <v>] [--for openai|anthropic]

Print a Good Day JSON Schema (draft 2020-12). With no kind, list every published schema.
Kinds: ${recordKinds.join(', ')}; "common" prints the shared building blocks.

Options:
  --version <v>   a published version (default: the newest)
  --for <p>       the strict schema for a model's structured outputs instead, for openai or
                  anthropic: { kind, version, provider, sections: [ { name, keys, schema } ] },
                  one section for OpenAI, one request a section for Anthropic
  -h, --help      show this help
`;

export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { version: { type: 'string' }, for: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(schemaHelp);
    return ExitCode.ok;
  }
  if (positionals.length > 1) throw new UsageError('schema takes one kind: run `goodday schema <kind>`.');
  const [name] = positionals;
  if (name === undefined) {
    io.stdout(listSchemas().map((e) => `${e.name.padEnd(24)} ${e.version.padEnd(8)} ${e.$id}\n`).join(''));
    return ExitCode.ok;
  }
  const known = [...recordKinds, 'common'];
  if (!known.includes(name)) throw new UsageError(`unknown kind ${JSON.stringify(name.slice(0, 40))}: use one of ${known.join(', ')}.`);
  const provider = values.for;
  if (provider !== undefined && provider !== 'openai' && provider !== 'anthropic') throw new UsageError(`--for takes openai or anthropic, not ${JSON.stringify(provider.slice(0, 40))}.`);
  if (provider !== undefined && name === 'common') throw new UsageError('--for needs a record kind: the common building blocks are inside each kind\'s schema.');
  const schema = getSchema(name as SchemaName, values.version);
  if (!schema) {
    throw new UsageError(`${name} has no version ${JSON.stringify(String(values.version).slice(0, 40))}: published versions are ${listVersions(name as SchemaName).join(', ')}.`);
  }
  const printed = provider === undefined ? schema : llmSchema(name as Exclude<SchemaName, 'common'>, { provider: provider satisfies Provider, version: values.version });
  io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
  return ExitCode.ok;
}
