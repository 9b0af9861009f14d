import { render } from '@testing-library/preact';
import { navigate } from '../../src/state/ui-store';
import { App } from '../../src/ui/App';

/** Renders the whole app at `path`, as a user arriving by that URL would see it. */
export function renderApp(path = '/units') {
  // Arriving by URL: no earlier test's in-app navigation is this page's origin.
  history.replaceState(null, '', path);
  navigate(path, true);
  return render(<App />);
}
