import { render } from 'preact';
import { Coordinator } from './Coordinator';
import './coordinator.css';

const root = document.getElementById('coordinator');
if (root) render(<Coordinator />, root);
