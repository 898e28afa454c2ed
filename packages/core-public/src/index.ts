export { createCoreSystem, type CoreSystem, type CoreSystemOptions } from './application/core_system';
export type { AppMountParams, BrowserPlugin, CoreSetup, CoreStart, ManagementApp, ManagementSectionId } from './application/types';
export { HttpFetchError, createHttpClient, type HttpQuery, type HttpRequestOptions, type HttpSetup } from './http/http_client';
export { parseBrowserLocation, type BrowserLocation } from './http/space_url';
export { ManagementLayout, managementAppPath } from './management/management_layout';
export type { Toast, ToastInput, ToastsApi } from './toasts/toasts_service';
export { ToastsService } from './toasts/toasts_service';
