// Prints the suite's closing line in the plain form CI reads: "vitest: N passed, N failed".
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
