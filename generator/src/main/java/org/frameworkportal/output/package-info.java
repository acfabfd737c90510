/**
 * What the site's files are made from ({@code SiteInput}), how a file reads it ({@code Reads},
 * {@code Lookup}), the {@code Output} interface and the site's paths.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.output;

import org.jspecify.annotations.NullMarked;
