import type { LanguageFinding } from './finding.js';

/**
 * Short feedback for a language model that wrote the text: one line per warning or error, naming the words to
 * replace and what to write instead, e.g. `Replace "wanders" with how the person describes it, for example "walks".`
 * Info findings (quoted words, plainer words, long sentences) are left out unless `includeInfo` is set.
 */
export function feedbackForModel(text: string, findings: readonly LanguageFinding[], options: { includeInfo?: boolean; max?: number } = {}): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.severity === 'info' && !options.includeInfo) continue;
    const words = text.slice(finding.start, finding.end);
    const key = `${finding.ruleId}:${words.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const example = finding.suggestions[0];
    if (finding.ruleId === 'language/long-sentence') lines.push(`Split the sentence at line ${finding.line}, column ${finding.column} into shorter sentences.`);
    else if (example) lines.push(`Replace "${words}" with how the person describes it, for example "${example}".`);
    else lines.push(`Rewrite "${words}" in words the person would use.`);
    if (lines.length === (options.max ?? 20)) break;
  }
  return lines;
}
