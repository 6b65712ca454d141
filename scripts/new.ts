// npm run new -- --id 20390999 --title "…" [--decider "Region Västerbotten"]: writes a new entry with every field
// and a short Swedish comment on each, for the editor to fill in. Never overwrites a file.
import { parseArgs } from 'node:util';
import { createEntryFile, newEntryProblem } from '../src/entries/scaffold.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = 'Så här: npm run new -- --id 20390999 --title "Projektets namn" [--decider "Region Västerbotten"]';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(1);
}

let values: { id?: string; title?: string; decider?: string };
try {
	({ values } = parseArgs({ options: { id: { type: 'string' }, title: { type: 'string' }, decider: { type: 'string' } } }));
} catch {
	fail('Okänt eller ofullständigt val.');
}
if (values.id === undefined || values.title === undefined) fail('Ange både --id och --title.');
const entry = { id: values.id, title: values.title, decider: values.decider };
const problem = newEntryProblem(entry, siteConfig);
if (problem) fail(problem);
try {
	const path = createEntryFile(entry, siteConfig);
	console.log(`Skapade ${path}. Fyll i fälten ur källan och kör npm run validate.`);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
