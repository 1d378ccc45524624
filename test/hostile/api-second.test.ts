import { apiTests } from './api-checks.js';

// The second half of the corpus; api.test.ts runs the first, beside it.
apiTests(1);
