import type { ComponentChildren } from 'preact';
import { goBack, openedFrom } from '../../state/ui-store';

/**
 * "← Kembali": returns where the person came from when they got here inside the app (the
 * browser's own back, so that page's scroll and filters come back too); opened directly, it goes
 * to `parent`. The href names the same place, for a long press or a new tab.
 */
export function BackLink({
  parent,
  class: className,
  children,
}: {
  parent: string;
  class?: string;
  children: ComponentChildren;
}) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    goBack(parent);
  };
  return (
    <a href={openedFrom() ?? parent} class={className} onClick={onClick} data-testid="back-link">
      {children}
    </a>
  );
}
