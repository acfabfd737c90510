/**
 * The manifest of a publish (every statement with its id) and the change log against the last one.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.changes;

import org.jspecify.annotations.NullMarked;
