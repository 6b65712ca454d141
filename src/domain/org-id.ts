/**
 * Organisation identifiers in the org-id.guide form that open-data standards use (360Giving, IATI):
 * a Swedish organisationsnummer is registered by Bolagsverket, list code SE-BLV, and written with its
 * ten digits alone ("232100-0222" → "SE-BLV-2321000222"). An organisation without a known number
 * gets no such identifier: it is never guessed from a name.
 */
export const SWEDISH_REGISTER = 'SE-BLV';

export function orgId(orgNumber: string): string {
	return `${SWEDISH_REGISTER}-${orgNumber.replace(/\D/g, '')}`;
}
