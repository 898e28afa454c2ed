/** Longer input is cut, not refused (Kibana throws): a slug is a suggestion, never a failure. */
export const SLUG_INPUT_MAX_LENGTH = 1000;

/** The combining marks NFD splits off letters: diacritics, extended and supplementary marks. */
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]+/g;

/**
 * As Kibana's `toSlugIdentifier` (@kbn/std): "Équipe Été #2" becomes "equipe-ete-2". Diacritics are
 * dropped, letters lowercased, and every run of anything else (spaces, underscores, punctuation,
 * other scripts, emoji) becomes one hyphen; hyphens at either end are removed.
 */
export function toSlugIdentifier(text: string = ''): string {
  return text
    .slice(0, SLUG_INPUT_MAX_LENGTH)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
