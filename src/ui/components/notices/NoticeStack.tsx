/**
 * The app's notices about itself (re-login, storage trouble, a new version, ready offline) float
 * over the page at the bottom instead of sitting under the top bar: they appear late (after the
 * service worker, after a failed request), and in the flow they pushed the whole page down while
 * someone was reading or typing. The stack's height is published as `--notice-stack-height`
 * so the page can be scrolled clear of it and the toast sits above it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './notices.css';

export const NOTICE_STACK_HEIGHT_VAR = '--notice-stack-height';

export function NoticeStack({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    const root = document.documentElement;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      root.style.setProperty(NOTICE_STACK_HEIGHT_VAR, `${Math.ceil(el.getBoundingClientRect().height)}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(NOTICE_STACK_HEIGHT_VAR);
    };
  }, []);
  return (
    <div ref={ref} class="notice-stack" data-testid="notice-stack">
      {children}
    </div>
  );
}
