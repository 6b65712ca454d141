import { describe, expect, it } from 'vitest';
import { describeFields, fieldsAt, type FieldSpec } from '../../../src/schemas/fields.ts';
import { createProjectSchema } from '../../../src/schemas/project.ts';
import { testConfig } from '../../helpers/fixtures.ts';

const fields = describeFields(createProjectSchema(testConfig));
const byKey = (specs: readonly FieldSpec[] | undefined, key: string) => specs?.find((f) => f.key === key);

describe('the fields of a project entry, read from the schema', () => {
	it("lists every key of the frontmatter in the schema's order, each with a Swedish label and hint", () => {
		expect(fields.map((f) => f.key)).toEqual([
			'id',
			'title',
			'ref',
			'decider',
			'owner',
			'status',
			'decisions',
			'period',
			'fund',
			'priority',
			'municipalities',
			'counties',
			'locationNote',
			'grantedAmount',
			'appliedAmount',
			'totalBudget',
			'paidAmount',
			'paidDate',
			'workStatus',
			'workStatusDate',
			'financing',
			'costs',
			'activities',
			'indicators',
			'agenda2030',
			'priorityAxis',
			'thematicObjective',
			'programmeArea',
			'grantedAmountEur',
			'spellings',
			'source',
			'corrections',
		]);
		const all = (specs: readonly FieldSpec[]): FieldSpec[] => specs.flatMap((f) => [f, ...all(f.fields ?? [])]);
		for (const spec of all(fields)) {
			expect(spec.label, spec.key).toMatch(/^[A-ZÅÄÖ]/);
			expect(spec.hint, spec.key).toMatch(/\.$/);
		}
	});

	it('says which fields are required, their kind and their choices, from the same lists validation uses', () => {
		expect(byKey(fields, 'title')).toMatchObject({ required: true, type: 'text' });
		expect(byKey(fields, 'ref')).toMatchObject({ required: false });
		expect(byKey(fields, 'grantedAmount')).toMatchObject({ required: false, type: 'amount' });
		expect(byKey(fields, 'decider')).toMatchObject({
			type: 'choice',
			options: ['Region Västerbotten', 'Region Norrbotten', 'Tillväxtverket'],
		});
		expect(byKey(fields, 'fund')).toMatchObject({ type: 'choice', options: ['ERUF', '1:1-anslaget'] });
		expect(byKey(fields, 'status')).toMatchObject({
			type: 'choice',
			options: ['applied', 'proposed', 'granted', 'rejected'],
			optionLabels: { granted: 'beviljat' },
		});
		expect(byKey(fields, 'municipalities')).toMatchObject({ type: 'list', itemType: 'choice', default: [] });
		expect(byKey(fields, 'municipalities')!.options).toHaveLength(290);
		expect(byKey(fields, 'counties')!.options).toHaveLength(21);
		expect(byKey(fields, 'agenda2030')!.options).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		expect(byKey(byKey(fields, 'priority')!.fields, 'name')!.options).toEqual(['Västerbotten - en nytänkande och smart region']);
		expect(byKey(byKey(fields, 'decisions')!.fields, 'date')).toMatchObject({ type: 'date', required: false });
		expect(byKey(byKey(fields, 'financing')!.fields, 'inKind')).toMatchObject({ type: 'boolean', required: false, default: false });
		expect(byKey(byKey(fields, 'corrections')!.fields, 'note')).toMatchObject({ type: 'longText', required: true });
	});

	it('finds the fields of the group at a path, list rows included', () => {
		expect(fieldsAt(fields, [])).toBe(fields);
		expect(fieldsAt(fields, ['owner'])!.map((f) => f.key)).toEqual(['name', 'orgNumber']);
		expect(fieldsAt(fields, ['financing', 3])!.map((f) => f.key)).toEqual(['financier', 'amount', 'inKind']);
		expect(fieldsAt(fields, ['title'])).toBeUndefined();
	});
});
