/** The space every server has, reachable without a `/s/<id>` prefix; it cannot be deleted. */
export const DEFAULT_SPACE_ID = 'default';

/** The saved object type that stores spaces (namespace agnostic: spaces live outside spaces). */
export const SPACE_SAVED_OBJECT_TYPE = 'space';

/** Kibana's limit on a space's avatar initials. */
export const MAX_SPACE_INITIALS = 2;

/** The solution views a space may be set to, in Kibana's order (its validation messages list them so). */
export const SOLUTION_VIEWS = ['security', 'oblt', 'es', 'classic'] as const;
