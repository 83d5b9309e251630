import { useState } from 'react';

/**
 * The latest non-null value: a modal keeps showing its subject while it fades out after the
 * subject was cleared (closing), instead of flashing empty or with another title.
 */
export function useLastValue<T>(value: T | null): T | null {
  const [last, setLast] = useState<T | null>(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
