/**
 * The top bar stays on screen (position: sticky), so a field scrolled "into view" by focus (Tab,
 * Shift+Tab, a failed submit, a new row) could end up under it. The page's scroll-padding-top
 * (styles.css) keeps such fields below the bar; its height changes with the viewport (the nav
 * wraps below the brand on a portrait tablet) and with the sync progress line, so it is measured.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export const TOPBAR_HEIGHT_VAR = '--topbar-height';

export function useTopbarHeight(topbar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = topbar.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => root.style.setProperty(TOPBAR_HEIGHT_VAR, `${Math.ceil(bar.offsetHeight)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    return () => observer.disconnect();
  }, [topbar]);
}
