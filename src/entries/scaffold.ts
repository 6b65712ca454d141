/**
 * A new entry to fill in (`npm run new`): every field of the schema, each under a short Swedish
 * comment saying what to write, with the id, title and decider already in place. Left as it is, it
 * does not validate: `npm run validate` lists every field still to fill in or to delete.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { describeFields, type FieldSpec } from '../schemas/fields.ts';
import { createProjectSchema } from '../schemas/project.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { PROJECTS_DIR, readEntryFiles } from './files.ts';

export interface NewEntry {
	/** Ärende-id, 8 digits: also the file name. */
	id: string;
	title: string;
	/** The deciding body; left empty for the editor when not given and the settings have several. */
	decider?: string | undefined;
}

const HEADER = [
	'# Ny post. Fyll i fälten ur källan; ta bort rader och grupper som källan inte har något för.',
	'# Kontrollera med npm run validate: den visar varje fält som återstår. Se docs/redaktorshandbok.md.',
];

const scalar = (value: unknown) => stringify(value).trimEnd();

/** The text of a new entry. */
export function scaffoldEntry(entry: NewEntry, config: SiteConfig): string {
	const decider = entry.decider ?? (config.deciders.length === 1 ? config.deciders[0]!.name : undefined);
	const known: Record<string, unknown> = { id: entry.id, title: entry.title.normalize('NFC'), decider };
	const lines = [...HEADER];
	const write = (fields: readonly FieldSpec[], indent: string, values: Record<string, unknown> = {}, firstPrefix?: string) => {
		fields.forEach((field, i) => {
			const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : indent;
			lines.push(`${lead.replace('- ', '')}# ${field.label}: ${field.hint}`);
			if (field.type === 'object') {
				lines.push(`${lead}${field.key}:`);
				write(field.fields!, `${indent}  `);
			} else if (field.type === 'list' && field.fields) {
				lines.push(`${lead}${field.key}:`);
				write(field.fields, `${indent}    `, {}, `${indent}  - `);
			} else if (field.type === 'list') {
				lines.push(`${lead}${field.key}: []`);
			} else {
				const value = values[field.key] ?? field.default;
				lines.push(value === undefined ? `${lead}${field.key}:` : `${lead}${field.key}: ${scalar(value)}`);
			}
		});
	};
	write(describeFields(createProjectSchema(config)), '', known);
	return `---\n${lines.join('\n')}\n---\nSammanfattningen ur källan, ordagrant.\n`;
}

/** The problem with the options of a new entry, in Swedish, or undefined. */
export function newEntryProblem(entry: NewEntry, config: SiteConfig): string | undefined {
	if (!/^\d{8}$/.test(entry.id)) return `--id ska vara ett ärende-id med 8 siffror, t.ex. 20390999 (det står "${entry.id}").`;
	if (entry.title.trim() === '') return '--title ska vara projektets namn som i källan.';
	const deciders = config.deciders.map((r) => r.name);
	if (entry.decider !== undefined && !deciders.includes(entry.decider))
		return `--decider ska vara ett av ${deciders.map((r) => `"${r}"`).join(', ')} (det står "${entry.decider}").`;
	return undefined;
}

/** Writes the new entry under the project root; never overwrites a file. Returns its path. */
export function createEntryFile(entry: NewEntry, config: SiteConfig, root = '.'): string {
	const path = `${PROJECTS_DIR}/${entry.id}.md`;
	const file = join(root, path);
	const existing = existsSync(join(root, PROJECTS_DIR))
		? readEntryFiles(PROJECTS_DIR, root).find((f) => f.path.endsWith(`/${entry.id}.md`))
		: undefined;
	if (existing) throw new Error(`${existing.path} finns redan och skrivs inte över. Öppna den och rätta den i stället.`);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, scaffoldEntry(entry, config), { flag: 'wx' });
	return path;
}
