import { act, render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import { GlobalToastList } from './global_toast_list';
import { ToastsService } from './toasts_service';

describe('toasts', () => {
  test('the list shows what apps add and forgets what is removed', () => {
    const toasts = new ToastsService();
    render(
      <EuiProvider>
        <GlobalToastList toasts={toasts} />
      </EuiProvider>
    );
    let id = '';
    act(() => {
      id = toasts.addError(new Error('Saved object not found'), { title: 'Failed to delete connector' }).id;
      toasts.addSuccess('Deleted 1 connector');
    });
    expect(screen.getByText('Failed to delete connector')).toBeTruthy();
    expect(screen.getByText('Saved object not found')).toBeTruthy();
    expect(screen.getByText('Deleted 1 connector')).toBeTruthy();
    act(() => toasts.remove(id));
    expect(toasts.getToasts().map((toast) => toast.title)).toEqual(['Deleted 1 connector']);
  });
});
