/**
 * The fields of a schema as the editing tools need them: key, Swedish label and hint, whether it is
 * required, what kind of value it takes and its choices. Read from the zod schema itself (its
 * shape and `meta`), so the scaffold of `npm run new`, the editing app's configuration and the
 * suggestions for a misspelt key can never list other fields than validation accepts.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from './project-shape.ts';

export type FieldType = 'text' | 'longText' | 'number' | 'boolean' | 'amount' | 'date' | 'choice' | 'object' | 'list';

export interface FieldSpec {
	key: string;
	label: string;
	hint: string;
	/** False when the field may be left out (optional, or with a default). */
	required: boolean;
	type: FieldType;
	/** For a choice, or a list of choices: the allowed values, and their Swedish names where coded. */
	options?: readonly (string | number)[];
	optionLabels?: Readonly<Record<string, string>>;
	/** For an object, or a list of objects: their fields. */
	fields?: FieldSpec[];
	/** For a list of plain values (municipalities, goals): the type of one value. */
	itemType?: FieldType;
	/** The value when left out, where there is one (`[]` for lists, false for inKind). */
	default?: unknown;
}

interface Unwrapped {
	inner: z.ZodType;
	required: boolean;
	default?: unknown;
	meta: Partial<FieldMeta>;
}

/** Looks through optional and default wrappers, gathering the metadata of each layer (outer wins). */
function unwrap(schema: z.ZodType): Unwrapped {
	let current = schema;
	let required = true;
	let defaultValue: unknown;
	const layers: Partial<FieldMeta>[] = [];
	for (;;) {
		layers.unshift((current.meta() ?? {}) as Partial<FieldMeta>);
		if (current instanceof z.ZodOptional) {
			required = false;
			current = current.unwrap() as z.ZodType;
		} else if (current instanceof z.ZodDefault) {
			required = false;
			defaultValue = current.def.defaultValue;
			current = current.unwrap() as z.ZodType;
		} else break;
	}
	return { inner: current, required, default: defaultValue, meta: Object.assign({}, ...layers) };
}

function typeOf(inner: z.ZodType, meta: Partial<FieldMeta>): FieldType {
	if (meta.kind) return meta.kind;
	if (inner instanceof z.ZodObject) return 'object';
	if (inner instanceof z.ZodArray) return 'list';
	if (inner instanceof z.ZodEnum || meta.options) return 'choice';
	if (inner instanceof z.ZodBoolean) return 'boolean';
	if (inner instanceof z.ZodNumber) return 'number';
	return 'text';
}

/** The fields of an object schema, in the order the schema lists them. */
export function describeFields(schema: z.ZodType): FieldSpec[] {
	const { inner } = unwrap(schema);
	if (!(inner instanceof z.ZodObject)) throw new Error('describeFields: not an object schema');
	return Object.entries(inner.shape as Record<string, z.ZodType>).map(([key, child]) => describeField(key, child));
}

function describeField(key: string, schema: z.ZodType): FieldSpec {
	const { inner, required, default: defaultValue, meta } = unwrap(schema);
	if (!meta.title || !meta.description) throw new Error(`field ${key} has no Swedish title and description in its meta`);
	const spec: FieldSpec = { key, label: meta.title, hint: meta.description, required, type: typeOf(inner, meta) };
	if (defaultValue !== undefined) spec.default = defaultValue;
	if (meta.options) spec.options = meta.options;
	if (meta.optionLabels) spec.optionLabels = meta.optionLabels;
	if (inner instanceof z.ZodObject) spec.fields = describeFields(inner);
	if (inner instanceof z.ZodArray) {
		const element = unwrap(inner.element as z.ZodType);
		if (element.inner instanceof z.ZodObject) spec.fields = describeFields(element.inner);
		else spec.itemType = meta.options ? 'choice' : typeOf(element.inner, element.meta);
	}
	return spec;
}

/** The fields an object at a path of the frontmatter may have (list rows are numbers), or undefined. */
export function fieldsAt(fields: readonly FieldSpec[], path: readonly PropertyKey[]): readonly FieldSpec[] | undefined {
	let current: readonly FieldSpec[] | undefined = fields;
	for (let i = 0; i < path.length && current; i++) {
		const key = path[i];
		if (typeof key === 'number') continue;
		const spec: FieldSpec | undefined = current.find((f) => f.key === key);
		current = spec?.fields;
	}
	return current;
}

/** The field at a path of the frontmatter (list rows are numbers), or undefined. */
export function fieldAt(fields: readonly FieldSpec[], path: readonly PropertyKey[]): FieldSpec | undefined {
	const keys = path.filter((key) => typeof key !== 'number');
	const last = keys.at(-1);
	return last === undefined ? undefined : fieldsAt(fields, keys.slice(0, -1))?.find((f) => f.key === last);
}
