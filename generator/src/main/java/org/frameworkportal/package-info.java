/**
 * The pipeline ({@code SiteBuilder}): load, validate, link, then make and write every file; and the
 * time each stage took ({@code Timings}).
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal;

import org.jspecify.annotations.NullMarked;
