/**
 * The closed lists of a project entry (decision kinds, proposed outcomes, statuses, indicator
 * kinds), with the Swedish words validation messages use for the statuses. A leaf: the schema
 * (schemas/project-shape.ts) and the domain's rules (domain/project-rules.ts) both read it.
 */

/** application | proposal | grant | rejection | amendment: only a grant or a rejection decides. */
export const decisionKinds = ['application', 'proposal', 'grant', 'rejection', 'amendment'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** What a proposal (kind: proposal) proposes. */
export const proposedOutcomes = ['grant', 'rejection'] as const;

/** An indicator counts an activity's output or the project's result. */
export const indicatorKinds = ['output', 'result'] as const;

/** applied: asked, not decided; proposed: a proposal awaits the decision; granted; rejected. */
export const projectStatuses = ['applied', 'proposed', 'granted', 'rejected'] as const;
export type ProjectStatusCode = (typeof projectStatuses)[number];
export const projectStatusLabels = { applied: 'ansökt', proposed: 'förslag till beslut', granted: 'beviljat', rejected: 'avslag' } as const;

/**
 * How the project's work stands as the source states it, apart from the decision (`status`):
 * ongoing (pågående), closed (avslutat), terminated early (avbrutet), withdrawn (återkallat).
 */
export const workStatuses = ['ongoing', 'closed', 'terminated', 'withdrawn'] as const;
export const workStatusLabels = { ongoing: 'pågående', closed: 'avslutat', terminated: 'avbrutet', withdrawn: 'återkallat' } as const;
