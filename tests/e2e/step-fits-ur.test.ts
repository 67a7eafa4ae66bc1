import { useStaticAppInChromium } from './static-app';
import { stepsFitIn } from './step-fits';

// In Urdu (right to left, the tallest lines: Nastaliq).
stepsFitIn('ur', useStaticAppInChromium());
