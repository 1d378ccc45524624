export { formSchema, formVersions } from './form-schema.js';
