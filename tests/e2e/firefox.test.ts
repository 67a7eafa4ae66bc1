import { launchFirefox } from './engines/firefox';
import { journeysIn } from './engines/journeys-in';

journeysIn('Firefox ESR', launchFirefox);
