import Joi from 'joi';

/**
 * Joi, taught to read JSON text where an object or an array is expected: query strings and
 * environment variables carry structured values as strings, and Kibana's schemas accept them.
 */
export const internals: Joi.Root = Joi.extend(
  {
    type: 'object',
    base: Joi.object(),
    messages: { 'object.parse': 'could not parse object value from json input' },
    coerce: {
      from: 'string',
      method(value: string, { error }) {
        if (!value.trimStart().startsWith('{')) return { value };
        try {
          return { value: JSON.parse(value) };
        } catch {
          return { errors: [error('object.parse')] };
        }
      },
    },
  },
  {
    type: 'array',
    base: Joi.array(),
    messages: { 'array.parse': 'could not parse array value from json input' },
    coerce: {
      from: 'string',
      method(value: string, { error }) {
        if (!value.trimStart().startsWith('[')) return { value };
        try {
          return { value: JSON.parse(value) };
        } catch {
          return { errors: [error('array.parse')] };
        }
      },
    },
  }
);

export type { Schema, ErrorReport, CustomHelpers } from 'joi';
