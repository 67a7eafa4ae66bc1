/** The version of this build, shown in settings. */
declare const __HUBSTEPS_VERSION__: string;
