export { render } from './every-kind.js';
export { RenderRefusedError, type RenderOptions, type PartName } from './render.js';
export { defaultStrings, type Strings, type StringsOverride, type DeepPartial } from './strings.js';
export type { Format } from './escape.js';
