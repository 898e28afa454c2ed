import { type Expression, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { StorageDialect } from '../storage/types';
import { attributeText, attributeValue, type SavedObjectsTables } from './table';
import type { SavedObjectsFindOptions, SavedObjectsType } from './types';

type Query<O> = SelectQueryBuilder<SavedObjectsTables, 'saved_objects', O>;

/** Kibana's simple query text: words, `"phrases"` and `prefix*`, any of which may match. */
export function parseSearch(search: string): string[] {
  return (search.match(/"[^"]*"|\S+/g) ?? [])
    .map((term) => term.replace(/^"|"$/g, '').replace(/\*+$/, '').trim())
    .filter((term) => term.length > 0);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Fields a search looks at: the given ones (boosts `^2` dropped), else each type's text and keyword fields. */
export function searchFieldsOf(options: SavedObjectsFindOptions, types: SavedObjectsType[]): string[] {
  if (options.searchFields?.length) return options.searchFields.map((field) => field.replace(/\^\d+(\.\d+)?$/, ''));
  const fields = new Set<string>();
  for (const type of types) {
    const preferred = type.management?.defaultSearchField;
    if (preferred) fields.add(preferred);
    else
      for (const [name, mapping] of Object.entries(type.mappings.properties)) {
        if (mapping.type === 'text' || mapping.type === 'keyword') fields.add(name);
      }
  }
  return [...fields];
}

export function applyFilters<O>(query: Query<O>, dialect: StorageDialect, options: SavedObjectsFindOptions, types: SavedObjectsType[]): Query<O> {
  let result = query;
  const terms = options.search ? parseSearch(options.search) : [];
  const fields = searchFieldsOf(options, types);
  if (terms.length > 0 && fields.length > 0) {
    const matches = terms.flatMap((term) =>
      fields.map((field) => sql<SqlBool>`lower(${attributeText(dialect, field)}) like ${`%${escapeLike(term.toLowerCase())}%`} escape '\\'`)
    );
    result = result.where(sql<SqlBool>`(${sql.join(matches, sql` or `)})`);
  } else if (terms.length > 0) {
    result = result.where(sql<SqlBool>`1 = 0`);
  }
  for (const [field, wanted] of Object.entries(options.filter ?? {})) {
    const values = (Array.isArray(wanted) ? wanted : [wanted]).map((value) => attributeValue(dialect, value));
    if (values.length === 0) {
      result = result.where(sql<SqlBool>`1 = 0`);
      continue;
    }
    result = result.where(sql<SqlBool>`${attributeText(dialect, field)} in (${sql.join(values)})`);
  }
  const references = options.hasReference === undefined ? [] : [options.hasReference].flat();
  if (references.length > 0) {
    const anyOf: Array<Expression<SqlBool>> = references.map(
      (reference) => sql<SqlBool>`(r.ref_type = ${reference.type} and r.ref_id = ${reference.id})`
    );
    result = result.where(
      sql<SqlBool>`exists (select 1 from saved_object_references r where r.source_type = saved_objects.type and r.source_namespace = saved_objects.namespace and r.source_id = saved_objects.id and (${sql.join(anyOf, sql` or `)}))`
    );
  }
  return result;
}

const COLUMNS: Record<string, 'type' | 'id' | 'created_at' | 'updated_at'> = {
  type: 'type',
  id: 'id',
  created_at: 'created_at',
  updated_at: 'updated_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

export function applySort<O>(query: Query<O>, dialect: StorageDialect, options: SavedObjectsFindOptions): Query<O> {
  const order = options.sortOrder === 'desc' ? 'desc' : 'asc';
  const field = options.sortField;
  const sorted = !field
    ? query.orderBy('created_at', order)
    : COLUMNS[field]
      ? query.orderBy(COLUMNS[field], order)
      : query.orderBy(attributeText(dialect, field), order);
  // A stable order across pages, whatever the field's ties.
  return sorted.orderBy('id', order);
}
