/**
 * One class per page kind, the statements CSV, lunr.js and the sitemap, filled in through
 * Freemarker and commonmark; never touches the disk.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.render;

import org.jspecify.annotations.NullMarked;
