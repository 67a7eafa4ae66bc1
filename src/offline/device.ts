/** What a browser tells about its device: the little Hubsteps needs to know an iPad. */
export interface DeviceFacts {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
}

/**
 * An iPad, whose Safari may delete a website's data after 7 days without use unless it was
 * added to the Home Screen. iPadOS Safari says it is a Mac ("Macintosh", "MacIntel"); a Mac has
 * no touch screen, so a "Mac" with several touch points is an iPad. Older iPads say "iPad".
 */
export function isIPad({ userAgent, platform, maxTouchPoints }: DeviceFacts): boolean {
  if (/iPad/.test(userAgent) || platform === 'iPad') return true;
  const saysMac = /Macintosh/.test(userAgent) || platform === 'MacIntel';
  return saysMac && maxTouchPoints > 1;
}
