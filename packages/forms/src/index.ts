export { formSchema, formVersions } from './form-schema.js';
export { stamp, type StampTime } from './stamp.js';
