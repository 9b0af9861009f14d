import { render } from 'preact';
import { useUi } from './state/ui-store';
import { App } from './ui/App';
import './ui/styles.css';

document.documentElement.lang = useUi.getState().lang;
const root = document.getElementById('app');
if (root) render(<App />, root);
