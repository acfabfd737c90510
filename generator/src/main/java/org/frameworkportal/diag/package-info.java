/**
 * Diagnostics below the model: a position in a content file, a problem found there, and the list
 * every stage reports into.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.diag;

import org.jspecify.annotations.NullMarked;
