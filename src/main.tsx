import { render } from 'preact';
import { App } from './app/App';
import { startI18n } from './i18n/i18n';
import './app/app.css';

const root = document.getElementById('app');
if (root) {
  void startI18n().then(() => render(<App />, root));
}
