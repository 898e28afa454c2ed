export type * from './logging/types';
export type * from './config/types';
export type * from './http/types';
export type * from './storage/types';
export type * from './saved_objects/types';
export type * from './status/types';
export type * from './plugins/types';
export { HttpError, isHttpError } from './errors/http_error';
