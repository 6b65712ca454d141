import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it, vi } from 'vitest';
import { openDataFileSchema, openDataJsonSchema, openDataProjectSchema } from '../../../../src/schemas/open-data.ts';
import { createProjectSchema } from '../../../../src/schemas/project.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { projectsFile } from '../../../../src/views/open-data.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

const validator = () => {
	const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
	addFormats(ajv);
	return ajv.compile(openDataJsonSchema('https://test.example.se/data/schema.json'));
};

describe('the schema of the open data', () => {
	it('has every field of an entry, and says what each field of the record holds', () => {
		const entryFields = Object.keys(createProjectSchema(siteConfig).shape);
		const recordFields = Object.keys(openDataProjectSchema.shape);
		expect(recordFields).toEqual(expect.arrayContaining([...entryFields, 'key', 'url', 'summary']));
		const schema = openDataJsonSchema('https://x/data/schema.json') as unknown as {
			$defs: { projekt: { properties: Record<string, { description?: string }> } };
		};
		for (const [name, field] of Object.entries(schema.$defs.projekt.properties)) expect(field.description, name).toMatch(/\w/);
	});

	it('is JSON Schema 2020-12 with the file at its root and a project under $defs', () => {
		const schema = openDataJsonSchema('https://test.example.se/data/schema.json');
		expect(schema).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: 'https://test.example.se/data/schema.json',
			required: ['generated', 'licence', 'projects'],
		});
		expect(schema.$defs).toHaveProperty('projekt');
	});

	it('validates the export of the shipped projects, and refuses a record that says more or other than the contract', () => {
		const validate = validator();
		const file = projectsFile(createBank(shippedProjects(), siteConfig), new Date('2026-11-23T12:00:00Z'));
		expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
		expect(openDataFileSchema.safeParse(file).success).toBe(true);

		const [first, ...rest] = file.projects;
		expect(validate({ ...file, projects: [{ ...first, nickname: 'x' }, ...rest] })).toBe(false);
		expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'nickname' } });
		expect(validate({ ...file, projects: [{ ...first, grantedAmount: 12.5 }] })).toBe(false);
		expect(validate({ ...file, projects: [{ ...first, status: 'beviljat' }] })).toBe(false);
		expect(validate({ ...file, projects: [{ ...first, period: { start: '2020-6', end: '2021' } }] })).toBe(false);
	});
});
