import { expect, it } from 'vitest';
import { decisionKindLabels, decisionLabel, indicatorKindLabels, projectStatusLabel, statusLabel } from '../../../src/format.ts';
import { shippedProject } from '../../helpers/shipped.ts';

it('names statuses, proposals, decisions and indicators in Swedish', () => {
	expect(['applied', 'granted', 'rejected'].map((s) => statusLabel(s as never))).toEqual(['Ansökt', 'Beviljat', 'Avslaget']);
	expect(statusLabel('proposed', 'rejection')).toBe('Föreslås avslag');
	expect(statusLabel('proposed', 'grant')).toBe('Föreslås beviljas');
	expect(statusLabel('proposed')).toBe('Förslag till beslut');
	expect(projectStatusLabel(shippedProject('20378916').data)).toBe('Föreslås avslag');
	expect(projectStatusLabel(shippedProject('20204867').data)).toBe('Avslaget');
	expect(decisionKindLabels.amendment).toBe('Ändringsbeslut');
	expect(decisionLabel({ kind: 'proposal', proposed: 'rejection' })).toBe('Förslag till beslut: avslag');
	expect(decisionLabel({ kind: 'proposal', proposed: 'grant' })).toBe('Förslag till beslut: bifall');
	expect(decisionLabel({ kind: 'grant' })).toBe('Beslut om stöd');
	expect(indicatorKindLabels.result).toBe('Resultatindikator');
});
