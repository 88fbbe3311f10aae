import { render } from 'preact';
import { App } from './app/App';
import { interceptLinks } from './app/router';
import './app/styles.css';

interceptLinks();
render(<App />, document.getElementById('app')!);
