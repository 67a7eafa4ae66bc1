import { emailScreens } from './kit/email';
import { gpOnlineFormScreens } from './kit/gp-online-form';
import { gpRecordScreens } from './kit/gp-record';
import { nhs111Screens } from './kit/nhs-111';
import { nhsAppScreens } from './kit/nhs-app';
import { nhsLoginScreens } from './kit/nhs-login';
import { settingsScreens } from './kit/settings';
import { smsScreens } from './kit/sms';
import { storeScreens } from './kit/store';
import { tabletScreens } from './kit/tablet';
import { videoScreens } from './kit/video';

/**
 * The kit of practice screens, one file per service in ./kit. Order, headings and button labels
 * follow the real services (shared/PRACTICE-SCREENS.md) closely enough to build recognition.
 * A new screen goes in its service's file (or a new one listed here), so lessons reuse it.
 */
export const kitParts = [
  tabletScreens,
  nhsAppScreens,
  gpOnlineFormScreens,
  emailScreens,
  nhsLoginScreens,
  smsScreens,
  nhs111Screens,
  gpRecordScreens,
  videoScreens,
  settingsScreens,
  storeScreens,
] as const;

export const screens = {
  ...tabletScreens,
  ...nhsAppScreens,
  ...gpOnlineFormScreens,
  ...emailScreens,
  ...nhsLoginScreens,
  ...smsScreens,
  ...nhs111Screens,
  ...gpRecordScreens,
  ...videoScreens,
  ...settingsScreens,
  ...storeScreens,
};

export type ScreenId = keyof typeof screens;
