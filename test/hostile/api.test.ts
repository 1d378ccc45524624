import { apiTests } from './api-checks.js';

// The first half of the corpus; api-second.test.ts runs the other, beside it.
apiTests(0);
