import { schema } from '@kbn/config-schema';
import { MAX_SPACE_INITIALS, SOLUTION_VIEWS } from '../constants';

export const SPACE_ID_REGEX = /^[a-z0-9_-]+$/;

const [security, oblt, es, classic] = SOLUTION_VIEWS;

/** The body of `POST /api/spaces/space` and `PUT /api/spaces/space/{id}`: Kibana's space schema. */
export const spaceSchema = schema.object({
  id: schema.string({
    validate: (value) => (SPACE_ID_REGEX.test(value) ? undefined : `must be lower case, a-z, 0-9, '_', and '-' are allowed`),
    meta: { description: 'The space ID that is part of the Kibana URL when inside the space: lowercase a-z, 0-9, _ and -. It cannot be changed.' },
  }),
  name: schema.string({ minLength: 1, meta: { description: 'The display name for the space.' } }),
  description: schema.maybe(schema.string({ meta: { description: 'A description for the space.' } })),
  initials: schema.maybe(schema.string({ maxLength: MAX_SPACE_INITIALS, meta: { description: 'One or two characters shown in the space avatar.' } })),
  color: schema.maybe(
    schema.string({
      validate: (value) => (/^#[a-zA-Z0-9]{6}$/.test(value) ? undefined : 'must be a 6 digit hex color, starting with a #'),
      meta: { description: 'The hexadecimal color code of the space avatar.' },
    })
  ),
  disabledFeatures: schema.arrayOf(schema.string({ meta: { description: 'A feature turned off in the space.' } }), { defaultValue: [], maxSize: 100 }),
  // Accepted, as Kibana accepts it, but never written: only the server reserves a space.
  _reserved: schema.maybe(schema.boolean()),
  imageUrl: schema.maybe(
    schema.string({
      validate: (value) => (value === '' || /^data:image.*$/.test(value) ? undefined : `must start with 'data:image'`),
      meta: { description: 'A data-URL encoded image for the space avatar.' },
    })
  ),
  solution: schema.maybe(schema.oneOf([schema.literal(security), schema.literal(oblt), schema.literal(es), schema.literal(classic)])),
});
