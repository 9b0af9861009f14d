import { render } from 'preact';
import { recoverDrafts } from './db/draft-journal';
import { useUi } from './state/ui-store';
import { App } from './ui/App';
import './ui/styles.css';

document.documentElement.lang = useUi.getState().lang;
// Words typed just before the previous page closed (db/draft-journal.ts) land before anything renders.
await recoverDrafts().catch(() => 0);
const root = document.getElementById('app');
if (root) render(<App />, root);
