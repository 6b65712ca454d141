import { expect, it } from 'vitest';
import { orgId } from '../../../src/domain/org-id.ts';

it('writes an organisationsnummer as an org-id of the Swedish companies register, digits only', () => {
	expect(orgId('232100-0222')).toBe('SE-BLV-2321000222');
	expect(orgId('2321000222')).toBe('SE-BLV-2321000222');
});
