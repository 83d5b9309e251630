import { notifications } from '@mantine/notifications';

export function notifySuccess(title: string, message?: string): void {
  notifications.show({ color: 'teal', title, message: message ?? '', autoClose: 4000, withBorder: true });
}
