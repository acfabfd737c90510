/**
 * The only code that writes output: a build into a folder beside the site, then a swap; the preview
 * folder kept up to date in place; the zip; and reading what the last build published.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.write;

import org.jspecify.annotations.NullMarked;
