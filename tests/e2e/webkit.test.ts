import { journeysIn } from './engines/journeys-in';
import { launchWebKit } from './engines/webkit';

journeysIn('WebKit (Safari’s engine)', launchWebKit);
