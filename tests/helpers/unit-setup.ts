/**
 * Setup of every unit test. The views read the bank through views/collection.ts, which reads the
 * repository's own git history: that changes with every commit and is absent in a shallow clone,
 * so unit tests of the views see a bank without history. The history reader is tested on
 * repositories of its own (tests/unit/entries/history.test.ts unmocks it), the history views on
 * histories made in the test.
 */
import { vi } from 'vitest';

vi.mock('../../src/entries/history.ts', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../../src/entries/history.ts')>();
	return { ...actual, readEntryHistory: (): ReturnType<typeof actual.readEntryHistory> => ({ available: false, reason: actual.NO_GIT }) };
});
