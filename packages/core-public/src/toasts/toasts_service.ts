import type { ReactNode } from 'react';

export interface ToastInput {
  title: string;
  text?: ReactNode;
}

export interface Toast extends ToastInput {
  id: string;
  color: 'success' | 'warning' | 'danger' | 'primary';
  iconType: string;
}

/** Kibana's `notifications.toasts`: what an app calls; the shell's toast list shows them. */
export interface ToastsApi {
  addSuccess(input: ToastInput | string): Toast;
  addWarning(input: ToastInput | string): Toast;
  addDanger(input: ToastInput | string): Toast;
  /** A failure: the error's message is the text. */
  addError(error: Error, options: { title: string }): Toast;
  remove(id: string): void;
}

export class ToastsService implements ToastsApi {
  private toasts: Toast[] = [];
  private readonly listeners = new Set<() => void>();
  private counter = 0;

  public readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  public readonly getToasts = (): Toast[] => this.toasts;

  public addSuccess = (input: ToastInput | string) => this.add(input, 'success', 'check');
  public addWarning = (input: ToastInput | string) => this.add(input, 'warning', 'help');
  public addDanger = (input: ToastInput | string) => this.add(input, 'danger', 'error');
  public addError = (error: Error, { title }: { title: string }) => this.add({ title, text: error.message }, 'danger', 'error');

  public remove = (id: string): void => {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
    this.emit();
  };

  private add(input: ToastInput | string, color: Toast['color'], iconType: string): Toast {
    const toast: Toast = { ...(typeof input === 'string' ? { title: input } : input), id: String(++this.counter), color, iconType };
    this.toasts = [...this.toasts, toast];
    this.emit();
    return toast;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
