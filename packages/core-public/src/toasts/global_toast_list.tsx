import { EuiGlobalToastList } from '@elastic/eui';
import { useSyncExternalStore } from 'react';
import type { ToastsService } from './toasts_service';

export function GlobalToastList({ toasts }: { toasts: ToastsService }) {
  const list = useSyncExternalStore(toasts.subscribe, toasts.getToasts);
  return <EuiGlobalToastList toasts={list} dismissToast={({ id }) => toasts.remove(id)} toastLifeTimeMs={6000} />;
}
