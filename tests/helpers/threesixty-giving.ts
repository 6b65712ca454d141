/** The 360Giving Data Standard's own schemas (shipped in src/data/standards/), compiled for ajv. */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import grantSchema from '../../src/data/standards/360-giving-schema.json' with { type: 'json' };
import packageSchema from '../../src/data/standards/360-giving-package-schema.json' with { type: 'json' };

/** Validates a 360Giving package; `errors` lists what is wrong. */
export function threeSixtyGivingValidator() {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats(ajv);
	// The package schema refers to the grant schema by its published address (version 1.4.2): here it is the shipped copy.
	const grantRef = (packageSchema.properties.grants.items as { $ref: string }).$ref;
	// Both declare draft 2020-12 by its http: address, which ajv knows by https:; the dialect is the same.
	const { $schema: _grantDialect, ...grant } = grantSchema;
	const { $schema: _packageDialect, ...giving } = packageSchema;
	ajv.addSchema({ ...grant, $id: grantRef });
	return ajv.compile(giving);
}
