import { useEffect, useEffectEvent } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const KEEP_ALIVE_MS = 60_000;

/**
 * Calls onIdle after `minutes` without keyboard, mouse or touch in this window, so a screen
 * where someone only reads still locks on an unattended desk. While the user is active it
 * calls onActive at most once a minute: the core locks a session that sent nothing for the
 * idle time, and a long form being typed must not count as nothing.
 */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void, onActive: () => void): void {
  const fireIdle = useEffectEvent(onIdle);
  const fireActive = useEffectEvent(onActive);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    let lastKeptAlive = Date.now();
    const restart = () => {
      // Pointer moves come in bursts: restarting the timer a few times a second is enough.
      const now = Date.now();
      if (timer !== undefined && now - last < 500) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => fireIdle(), minutes * 60_000);
      if (now - lastKeptAlive >= KEEP_ALIVE_MS) {
        lastKeptAlive = now;
        fireActive();
      }
    };
    restart();
    for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, restart, { capture: true });
    };
  }, [minutes, enabled]);
}
