package org.frameworkportal.model;

import org.jspecify.annotations.Nullable;

/**
 * What the accessibility statement says that only HR know; the page supplies the structure and the
 * enforcement procedure the regulations prescribe.
 *
 * @param contact Markdown: how to get another format, and whom to contact
 * @param nonAccessible Markdown: what is not accessible and why; null when everything is
 * @param improving Markdown: how the portal is tested and what will be fixed
 * @param tested when the site was last tested, YYYY-MM-DD or YYYY-MM
 * @param prepared when the statement was prepared
 * @param reviewed when it was last reviewed, or null
 */
public record Accessibility(
    String contact,
    @Nullable String nonAccessible,
    String improving,
    String tested,
    String prepared,
    @Nullable String reviewed) {}
