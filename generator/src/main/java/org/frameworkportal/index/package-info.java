/**
 * The search index (lunr.js-compatible) and its document store, built from the model rather than
 * from the pages.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.index;

import org.jspecify.annotations.NullMarked;
