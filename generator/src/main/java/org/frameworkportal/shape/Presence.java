package org.frameworkportal.shape;

/** Whether a key must be written. */
public enum Presence {
  /** Missing or empty is a problem the loader reports. */
  REQUIRED,
  /**
   * Written in every finished file, but the site is built without it (a draft may leave it out).
   */
  EXPECTED,
  /** Written only where there is something to say; editors are told "Optional." */
  OPTIONAL
}
