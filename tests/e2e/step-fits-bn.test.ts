import { useStaticAppInChromium } from './static-app';
import { stepsFitIn } from './step-fits';

// In Bengali (tall conjuncts, long words).
stepsFitIn('bn', useStaticAppInChromium());
