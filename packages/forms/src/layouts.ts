// Each kind's layout is in src/kinds/<kind>.ts; the table of them is generated from schemas/ by scripts/build-forms.mjs.
export { layouts } from './generated/layouts.js';
